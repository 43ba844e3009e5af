import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';

import { useFlagArticle } from './use-knowledge.ts';

type FlagFormProps = {
  articleId: string;
  contactId?: string | undefined;
  onSent: () => void;
  onCancel: () => void;
};

/** "Flag it": say what is wrong; the owner and the publishers hear of it at once. */
export function FlagForm({ articleId, contactId, onSent, onCancel }: FlagFormProps) {
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const flag = useFlagArticle(articleId);
  const send = () => {
    if (!comment.trim()) return setProblem('Say what is wrong or out of date.');
    setProblem(null);
    flag.mutate(
      { comment: comment.trim(), ...(contactId ? { contactId } : {}) },
      { onSuccess: onSent },
    );
  };
  return (
    <Stack gap="xs">
      <Textarea
        label="What is wrong with this article?"
        value={comment}
        onChange={(event) => setComment(event.currentTarget.value)}
        error={problem}
        autosize
        minRows={2}
        maxLength={2000}
        data-autofocus
      />
      {flag.isError ? (
        <Text size="sm" c="red.8" role="alert">
          Not flagged: {flag.error.message}
        </Text>
      ) : null}
      <Group gap="xs">
        <Button size="sm" color="orange" onClick={send} loading={flag.isPending}>
          Send flag
        </Button>
        <Button size="sm" variant="default" onClick={onCancel}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
