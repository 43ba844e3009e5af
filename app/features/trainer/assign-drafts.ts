import type { AssignmentDraft } from './api-types.ts';

/**
 * A date picked as YYYY-MM-DD is due at the end of that day in the trainer's zone. Anything else is
 * sent as typed, so the server's validation names dueAt rather than the page guessing.
 */
export function dueAtOf(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const at = new Date(`${day}T23:59:59`);
  return Number.isNaN(at.getTime()) ? day : at.toISOString();
}

/**
 * One request per team, and one for the people picked one by one (the API takes a team or
 * people). Nothing picked is still sent once: the server's refusal says what is missing.
 */
export function assignmentDrafts(options: {
  courseId: string;
  teamIds: readonly string[];
  personIds: readonly string[];
  day: string;
}): AssignmentDraft[] {
  const { courseId, teamIds, personIds } = options;
  const dueAt = dueAtOf(options.day);
  const drafts: AssignmentDraft[] = teamIds.map((teamId) => ({ courseId, teamId, dueAt }));
  if (personIds.length > 0) drafts.push({ courseId, personIds: [...personIds], dueAt });
  return drafts.length > 0 ? drafts : [{ courseId, dueAt }];
}
