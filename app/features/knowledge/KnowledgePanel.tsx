import { Button, Card, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';

import { draftFromContact, type ArticleDraft } from './article-draft.ts';
import { ArticleDrawer } from './ArticleDrawer.tsx';
import { CloseOfferModal } from './CloseOfferModal.tsx';
import { CreateArticleDrawer } from './CreateArticleDrawer.tsx';
import { LinkedArticles } from './LinkedArticles.tsx';
import { ResultList } from './ResultList.tsx';
import type { ContactKnowledge } from './use-contact-knowledge.ts';
import { useTypeOptions } from './use-type-options.ts';

type KnowledgePanelProps = {
  knowledge: ContactKnowledge;
  contact: { id: string; reason: string; notes: string; status: 'open' | 'closed' };
};

function Suggestions({ knowledge }: { knowledge: ContactKnowledge }) {
  const { suggestions, searched } = knowledge;
  if (!searched) return null;
  if (suggestions.isError)
    return (
      <Text size="sm" c="red.8">
        Suggestions could not be loaded: {suggestions.error.message}
      </Text>
    );
  if (!suggestions.data) return <Loader size="xs" role="status" aria-label="Finding articles" />;
  if (suggestions.data.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No article matches yet. If you solve it, write one from this contact.
      </Text>
    );
  return (
    <ResultList
      label="Suggested articles"
      results={suggestions.data}
      onOpen={(r) =>
        knowledge.setOpen({ id: r.article.id, title: r.article.title, query: searched })
      }
    />
  );
}

/** The knowledge base beside the contact: suggestions as the rep types, linked articles, new ones. */
export function KnowledgePanel({ knowledge, contact }: KnowledgePanelProps) {
  const headingId = useId();
  const typeOptions = useTypeOptions();
  const [creating, setCreating] = useState<ArticleDraft | null>(null);
  const closed = contact.status === 'closed';
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h5" id={headingId}>
            Knowledge
          </Title>
          {closed ? null : (
            <Button
              size="xs"
              variant="light"
              onClick={() => setCreating(draftFromContact(contact))}
            >
              Create from this contact
            </Button>
          )}
        </Group>
        <TextInput
          label="Search the knowledge base"
          placeholder="What the customer says, e.g. my parcel never came"
          value={knowledge.query}
          onChange={(event) => knowledge.setQuery(event.currentTarget.value)}
          type="search"
        />
        <Suggestions knowledge={knowledge} />
        {knowledge.links.data && knowledge.links.data.length > 0 ? (
          <Stack gap={4}>
            <Title order={3} size="h6">
              Linked to this contact
            </Title>
            <LinkedArticles
              label="Articles linked to this contact"
              links={knowledge.links.data}
              onOpen={(l) => knowledge.setOpen({ id: l.article.id, title: l.article.title })}
            />
          </Stack>
        ) : null}
      </Stack>
      <ArticleDrawer
        article={knowledge.open}
        onClose={() => knowledge.setOpen(null)}
        contactId={closed ? undefined : contact.id}
        reused={knowledge.open ? knowledge.reusedIds.has(knowledge.open.id) : false}
      />
      <CreateArticleDrawer
        initial={creating}
        contactId={contact.id}
        typeOptions={typeOptions}
        onClose={() => setCreating(null)}
        onCreated={(article) => {
          setCreating(null);
          knowledge.setOpen({ id: article.id, title: article.title });
        }}
      />
      <CloseOfferModal knowledge={knowledge} />
    </Card>
  );
}
