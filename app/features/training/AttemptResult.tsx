import { Alert, Stack, Text } from '@mantine/core';

import type { Course, SubmitResult } from './api-types.ts';
import { formatDate, formatDateTime } from './format.ts';
import { useUnlockLines } from './use-unlocks.ts';

type Props = { course: Course; result: SubmitResult; scoredAt: Date };

/** A pass shows the certificate and what it unlocks; a fail says when a retake opens. */
export function AttemptResult({ course, result, scoredAt }: Props) {
  const cert = result.certification;
  const lines = useUnlockLines(cert ? [cert.key] : []).filter(
    (u) => u.held && u.certification === cert?.key,
  );
  if (!result.passed) {
    const opens = new Date(scoredAt.getTime() + course.retakeCooldownHours * 3_600_000);
    return (
      <Alert color="orange" title={`Not passed: ${result.score}%`} role="status">
        You need {course.passMark}% to pass.{' '}
        {course.retakeCooldownHours > 0
          ? `Your retake opens ${formatDateTime(opens)}.`
          : 'You may retake it now.'}
      </Alert>
    );
  }
  return (
    <Alert color="green" title={`Passed: ${result.score}%`} role="status">
      {cert ? (
        <Stack gap={4} aria-label="Your certificate">
          <Text fw={700}>Certificate: {cert.title}</Text>
          <Text size="sm">
            Issued {formatDate(cert.issuedAt)}
            {cert.expiresAt ? `, valid until ${formatDate(cert.expiresAt)}` : ''}
          </Text>
          {cert.unlocks ? <Text size="sm">{cert.unlocks}</Text> : null}
          {lines.map((u) => (
            <Text key={u.line} size="sm" fw={600}>
              {u.line}
            </Text>
          ))}
        </Stack>
      ) : (
        <Text size="sm">This course awards no certificate.</Text>
      )}
    </Alert>
  );
}
