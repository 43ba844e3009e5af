import { Button, Drawer, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';

import type { Article, ArticleState } from './api-types.ts';
import { checkDraft, createBody, type ArticleDraft, type DraftErrors } from './article-draft.ts';
import { ArticleForm } from './ArticleForm.tsx';
import { useCreateArticle } from './use-knowledge.ts';

type CreateArticleDrawerProps = {
  /** The draft to start from; null: the drawer is closed. */
  initial: ArticleDraft | null;
  /** The contact it is written from: linked to it as created. */
  contactId?: string | undefined;
  typeOptions: { value: string; label: string }[];
  onClose: () => void;
  onCreated: (article: Article) => void;
};

function CreateForm({
  initial,
  contactId,
  typeOptions,
  onClose,
  onCreated,
}: Omit<CreateArticleDrawerProps, 'initial'> & { initial: ArticleDraft }) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const create = useCreateArticle();
  const save = (state: Extract<ArticleState, 'draft' | 'not_validated'>) => {
    const found = checkDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    create.mutate(
      { ...createBody(draft), state, ...(contactId ? { contactId } : {}) },
      { onSuccess: ({ article }) => onCreated(article) },
    );
  };
  return (
    <Stack gap="md">
      <ArticleForm draft={draft} onChange={setDraft} errors={errors} typeOptions={typeOptions} />
      {create.isError ? (
        <Text size="sm" c="red.8" role="alert">
          Not saved: {create.error.message}
        </Text>
      ) : null}
      <Group gap="xs">
        <Button onClick={() => save('not_validated')} loading={create.isPending}>
          Save for others to use
        </Button>
        <Button variant="default" onClick={() => save('draft')} disabled={create.isPending}>
          Save as draft
        </Button>
        <Button variant="subtle" onClick={onClose}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}

/** A new article in a side panel, from a contact or from the knowledge page. */
export function CreateArticleDrawer(props: CreateArticleDrawerProps) {
  return (
    <Drawer
      opened={props.initial !== null}
      onClose={props.onClose}
      position="right"
      size="lg"
      title="New article"
      closeButtonProps={{ 'aria-label': 'Close without saving' }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {props.initial ? <CreateForm {...props} initial={props.initial} /> : null}
    </Drawer>
  );
}
