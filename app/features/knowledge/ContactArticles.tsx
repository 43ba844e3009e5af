import { Stack, Text } from '@mantine/core';
import { useState } from 'react';

import { ArticleDrawer, type OpenArticle } from './ArticleDrawer.tsx';
import { LinkedArticles } from './LinkedArticles.tsx';
import { useContactLinks } from './use-knowledge.ts';

/** On an approval card: the articles the rep linked on the contact, each opening in the side panel. */
export function ContactArticles({ contactId }: { contactId: string }) {
  const links = useContactLinks(contactId);
  const [open, setOpen] = useState<OpenArticle | null>(null);
  if (!links.data || links.data.length === 0) return null;
  return (
    // The card opens on a click anywhere; a click on an article opens the article only.
    <Stack gap={2} onClick={(event) => event.stopPropagation()}>
      <Text size="sm" fw={600}>
        Articles on this contact
      </Text>
      <LinkedArticles
        label="Articles linked to the contact"
        links={links.data}
        onOpen={(l) => setOpen({ id: l.article.id, title: l.article.title })}
      />
      <ArticleDrawer article={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}
