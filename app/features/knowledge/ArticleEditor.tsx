import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';

import { ApiError } from '../../api/client.ts';
import type { Article } from './api-types.ts';
import { checkDraft, draftOf, updateBody, type DraftErrors } from './article-draft.ts';
import { ArticleForm } from './ArticleForm.tsx';
import { useUpdateArticle } from './use-knowledge.ts';

type ArticleEditorProps = {
  article: Article;
  typeOptions: { value: string; label: string }[];
  onDone: () => void;
  /** Fetches the article again and starts the editor over from the newest version. */
  onReload: () => void;
};

/** "Fix it": edit from the version opened; a save over a newer one is refused and says so. */
export function ArticleEditor({ article, typeOptions, onDone, onReload }: ArticleEditorProps) {
  const [draft, setDraft] = useState(() => draftOf(article));
  const [errors, setErrors] = useState<DraftErrors>({});
  const update = useUpdateArticle(article.id);
  const stale = update.error instanceof ApiError && update.error.status === 409;
  const save = () => {
    const found = checkDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const body = updateBody(article, draft);
    if (Object.keys(body).length === 1) return onDone();
    update.mutate(body, { onSuccess: onDone });
  };
  return (
    <Stack gap="md">
      {stale ? (
        <Alert color="orange" title="Someone changed this since you opened it">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              Your changes were not saved. Reload to see the newest version, then make them again.
            </Text>
            <Button size="xs" variant="default" onClick={onReload}>
              Reload the article
            </Button>
          </Stack>
        </Alert>
      ) : null}
      <ArticleForm draft={draft} onChange={setDraft} errors={errors} typeOptions={typeOptions} />
      {update.isError && !stale ? (
        <Text size="sm" c="red.8" role="alert">
          Not saved: {update.error.message}
        </Text>
      ) : null}
      <Group gap="xs">
        <Button onClick={save} loading={update.isPending}>
          Save version {article.version + 1}
        </Button>
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
