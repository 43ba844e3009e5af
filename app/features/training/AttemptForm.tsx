import { Alert, Button, Stack } from '@mantine/core';
import { useState } from 'react';

import { api } from '../../api/client.ts';
import { answerOf, emptyDraft, firstUnanswered, type AnswerDraft } from './answers.ts';
import type { Attempt, SubmitResult } from './api-types.ts';
import { QuestionField } from './QuestionField.tsx';
import { useSubmitAttempt } from './use-training.ts';

type Props = { attempt: Attempt; onScored: (result: SubmitResult) => void };

/** The drawn questions, answered together; Submit saves each answer, then asks for the score. */
export function AttemptForm({ attempt, onScored }: Props) {
  const [drafts, setDrafts] = useState<Record<string, AnswerDraft>>(() =>
    Object.fromEntries(attempt.questions.map((q) => [q.id, emptyDraft(q)])),
  );
  const [missing, setMissing] = useState<{ index: number; error: string } | null>(null);
  const [saving, setSaving] = useState<string | null>(null);
  const submit = useSubmitAttempt(attempt.id);

  const send = async () => {
    const gap = firstUnanswered(attempt.questions, drafts);
    setMissing(gap);
    if (gap) return;
    setSaving(null);
    try {
      for (const q of attempt.questions) {
        const read = answerOf(q, drafts[q.id] ?? emptyDraft(q));
        if ('error' in read) return;
        const body = { questionId: q.id, answer: read.answer };
        await api(`/api/training/attempts/${attempt.id}/answers`, { method: 'POST', body });
      }
    } catch (error) {
      return setSaving(error instanceof Error ? error.message : 'An answer was not saved');
    }
    submit.mutate(undefined, { onSuccess: onScored });
  };

  return (
    <Stack gap="md">
      {attempt.questions.map((q, i) => (
        <QuestionField
          key={q.id}
          question={q}
          number={i + 1}
          draft={drafts[q.id] ?? emptyDraft(q)}
          onChange={(draft) => setDrafts((d) => ({ ...d, [q.id]: draft }))}
          error={missing?.index === i ? missing.error : undefined}
        />
      ))}
      {missing ? (
        <Alert color="orange" role="alert">
          Question {missing.index + 1}: {missing.error.toLowerCase()}.
        </Alert>
      ) : null}
      {saving || submit.isError ? (
        <Alert color="red" role="alert">
          {saving ?? submit.error?.message}
        </Alert>
      ) : null}
      <Button onClick={() => void send()} loading={submit.isPending} w="fit-content">
        Submit my answers
      </Button>
    </Stack>
  );
}
