import { Alert, Button, Group, List, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';

import type { PracticeGrade, PracticeSituation } from './api-types.ts';
import { decisionLabels, draftFor, readOffer, type OfferDraft } from './offer.ts';
import { OfferFields } from './OfferFields.tsx';
import { SituationFacts } from './SituationFacts.tsx';
import { useAnswerPractice, usePracticeSituation } from './use-practice.ts';

/** "Practice anytime": a situation at the edge of my own limits, graded by the engine. */
export function PracticeCard() {
  const { situation, next } = usePracticeSituation();
  if (situation.isPending)
    return <Loader size="sm" role="status" aria-label="Drawing a situation" />;
  if (situation.isError)
    return (
      <Alert color="red" title="No practice situation">
        {situation.error.message}
      </Alert>
    );
  return <PracticeRound key={situation.data.id} situation={situation.data} onNext={next} />;
}

/** One situation answered once; `nextLabel` names what follows the feedback (another, or done). */
export function PracticeRound({
  situation,
  onNext,
  nextLabel = 'Another situation',
}: {
  situation: PracticeSituation;
  onNext: () => void;
  nextLabel?: string;
}) {
  const [draft, setDraft] = useState<OfferDraft>(() => draftFor(situation));
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const answer = useAnswerPractice(situation.id);
  const submit = () => {
    const read = readOffer(draft, situation.asks.amount.currency);
    if ('error' in read) return setError(read.error);
    setError(null);
    answer.mutate(read.answer);
  };
  return (
    <Stack gap="sm">
      <SituationFacts situation={situation} />
      <OfferFields
        situation={situation}
        draft={draft}
        onChange={setDraft}
        error={error}
        disabled={answer.isSuccess}
      />
      {answer.isError ? <Alert color="red">{answer.error.message}</Alert> : null}
      {answer.data ? <PracticeFeedback grade={answer.data} /> : null}
      <Group>
        {answer.isSuccess ? (
          <Button onClick={onNext}>{nextLabel}</Button>
        ) : (
          <Button onClick={submit} loading={answer.isPending}>
            Check my answer
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** Right or not, what the engine would have done, and its reasons in plain words. */
export function PracticeFeedback({ grade }: { grade: PracticeGrade }) {
  const expected = decisionLabels[grade.expected.decision];
  const approver = grade.expected.approverLevel ? ` (needs a ${grade.expected.approverLevel})` : '';
  return (
    <Alert
      color={grade.correct ? 'green' : 'orange'}
      title={grade.correct ? 'Right' : 'Not quite'}
      role="status"
    >
      <Text size="sm">
        The policy says: {expected}
        {approver}.
      </Text>
      {grade.reasons.length > 0 ? (
        <List size="sm" mt={4}>
          {grade.reasons.map((r) => (
            <List.Item key={r}>{r}</List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
