/**
 * When an attempt's time runs out: its start plus the course's limit, or never without one. An answer
 * after it is refused, and submit counts only answers given by it (so a clock skew or a racing answer
 * cannot stretch the limit).
 */
export function attemptDeadline(attempt: {
  startedAt: Date;
  timeLimitMinutes: number | null;
}): Date | null {
  if (attempt.timeLimitMinutes === null) return null;
  return new Date(attempt.startedAt.getTime() + attempt.timeLimitMinutes * 60_000);
}
