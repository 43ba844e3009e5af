import type { Course, MyAttempt } from './api-types.ts';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** "Dec 2, 2026": a due date or an expiry, in the browser's zone. */
export const formatDate = (at: string | Date) => dateFormat.format(new Date(at));
export const formatDateTime = (at: string | Date) => dateTimeFormat.format(new Date(at));

/** Whole days from `now` to `at`, rounded up (negative once past). */
export function daysUntil(at: string, now: Date): number {
  return Math.ceil((new Date(at).getTime() - now.getTime()) / 86_400_000);
}

/** "due in 3 days", "due today", "2 days overdue". */
export function dueLabel(dueAt: string, now: Date): string {
  const days = daysUntil(dueAt, now);
  if (days < 0) return `${-days} day${days === -1 ? '' : 's'} overdue`;
  if (days === 0) return 'due today';
  return `due in ${days} day${days === 1 ? '' : 's'}`;
}

/**
 * When a failed attempt's retake opens: its submission plus the course's cooldown; null when the
 * last attempt passed, is still open, or the course has no cooldown (or it is over).
 */
export function retakeOpensAt(
  course: Pick<Course, 'retakeCooldownHours'>,
  attempt: Pick<MyAttempt, 'submittedAt' | 'passed'> | undefined,
  now: Date,
): Date | null {
  if (!attempt?.submittedAt || attempt.passed !== false || course.retakeCooldownHours === 0)
    return null;
  const opens = new Date(
    new Date(attempt.submittedAt).getTime() + course.retakeCooldownHours * 3_600_000,
  );
  return opens > now ? opens : null;
}

/** Where a course stands for me, from my latest attempt and whether I hold what it awards. */
export function courseStatus(
  attempt: Pick<MyAttempt, 'submittedAt' | 'passed' | 'score'> | undefined,
): string {
  if (!attempt) return 'Not started';
  if (attempt.submittedAt === null) return 'Assessment in progress';
  return attempt.passed ? `Passed (${attempt.score}%)` : `Not passed yet (${attempt.score}%)`;
}
