import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';

import type { Attempt, CourseDetail, SubmitResult } from './api-types.ts';
import { AttemptForm } from './AttemptForm.tsx';
import { AttemptResult } from './AttemptResult.tsx';
import { formatDateTime, retakeOpensAt } from './format.ts';
import { useMyTraining, useStartAttempt } from './use-training.ts';

type Props = { detail: CourseDetail; onReview: (() => void) | null };

/** Start (when nothing is missing and no cooldown runs), answer, submit, and the score. */
export function Assessment({ detail, onReview }: Props) {
  const { course, missing } = detail;
  const me = useMyTraining();
  const start = useStartAttempt(course.id);
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [scored, setScored] = useState<{ result: SubmitResult; at: Date } | null>(null);
  const last = me.data?.attempts.find((a) => a.courseId === course.id);
  const opens = retakeOpensAt(course, last, new Date());

  if (scored) return <AttemptResult course={course} result={scored.result} scoredAt={scored.at} />;
  if (attempt)
    return (
      <AttemptForm attempt={attempt} onScored={(result) => setScored({ result, at: new Date() })} />
    );
  const blocked = missing.length > 0 || opens !== null;
  return (
    <Stack gap="sm">
      <Text size="sm">
        {course.questionsPerAttempt} questions drawn from the course's pool; {course.passMark}% to
        pass{course.timeLimitMinutes ? `, ${course.timeLimitMinutes} minutes` : ', no time limit'}.
      </Text>
      {last?.passed ? (
        <Text size="sm" c="green.9">
          You passed this course with {last.score}%.
        </Text>
      ) : null}
      {missing.length > 0 ? (
        <Alert color="orange" title="Not yet">
          First you need {missing.map((m) => m.title).join(' and ')}.
        </Alert>
      ) : null}
      {opens ? <Alert color="orange">Your retake opens {formatDateTime(opens)}.</Alert> : null}
      {start.isError ? (
        <Alert color="red" role="alert">
          {start.error.message}
        </Alert>
      ) : null}
      <Group>
        <Button
          disabled={blocked}
          loading={start.isPending}
          onClick={() => start.mutate(undefined, { onSuccess: (data) => setAttempt(data.attempt) })}
        >
          {last ? 'Take the assessment again' : 'Start the assessment'}
        </Button>
        {onReview ? (
          <Button variant="default" onClick={onReview}>
            Review the lessons
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
