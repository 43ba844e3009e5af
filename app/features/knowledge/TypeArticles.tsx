import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';

import { ArticleDrawer, type OpenArticle } from './ArticleDrawer.tsx';
import { ResultList } from './ResultList.tsx';
import { useSearch } from './use-knowledge.ts';

type TypeArticlesProps = {
  typeKey: string;
  typeLabel: string;
  contact: { id: string; reason: string; status: 'open' | 'closed' };
};

/**
 * The validated articles of the resolution type the rep picked, beside its guidelines: what the
 * floor learned about granting it. Ranked by the type's name and the contact's reason.
 */
export function TypeArticles({ typeKey, typeLabel, contact }: TypeArticlesProps) {
  const q = `${typeLabel} ${contact.reason}`.trim();
  const search = useSearch({ q, type: typeKey, state: 'validated', limit: 5 });
  const [open, setOpen] = useState<OpenArticle | null>(null);
  if (!search.data || search.data.length === 0) return null;
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">
        Articles for {typeLabel.toLowerCase()}
      </Title>
      <ResultList
        label={`Validated articles for ${typeLabel.toLowerCase()}`}
        results={search.data}
        onOpen={(r) => setOpen({ id: r.article.id, title: r.article.title })}
      />
      {search.isError ? (
        <Text size="xs" c="red.8">
          {search.error.message}
        </Text>
      ) : null}
      <ArticleDrawer
        article={open}
        onClose={() => setOpen(null)}
        contactId={contact.status === 'open' ? contact.id : undefined}
      />
    </Stack>
  );
}
