import { Stack, Title } from '@mantine/core';
import { useState } from 'react';

import { ArticleDrawer, type OpenArticle } from './ArticleDrawer.tsx';
import { ArticleList } from './ArticleList.tsx';
import { useFewArticles } from './use-knowledge.ts';

type TypeArticlesProps = {
  typeKey: string;
  typeLabel: string;
  contact: { id: string; reason: string; status: 'open' | 'closed' };
};

/**
 * The validated articles of the resolution type the rep picked, beside its guidelines: what the
 * floor learned about granting it, newest first. Read from the list, not search: the rep did not
 * search, so nothing is logged (a logged search would count as a gap and teach search words).
 */
export function TypeArticles({ typeKey, typeLabel, contact }: TypeArticlesProps) {
  const articles = useFewArticles({ type: typeKey, state: 'validated' }, 5);
  const [open, setOpen] = useState<OpenArticle | null>(null);
  if (!articles.data || articles.data.length === 0) return null;
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">
        Articles for {typeLabel.toLowerCase()}
      </Title>
      <ArticleList
        label={`Validated articles for ${typeLabel.toLowerCase()}`}
        articles={articles.data}
        onOpen={(article) => setOpen({ id: article.id, title: article.title })}
      />
      <ArticleDrawer
        article={open}
        onClose={() => setOpen(null)}
        contactId={contact.status === 'open' ? contact.id : undefined}
      />
    </Stack>
  );
}
