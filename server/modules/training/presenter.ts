import type { Selectable } from 'kysely';

import type { PersonCertificationsTable } from '../people/tables.ts';
import type { TrainingCoursesTable, TrainingQuestionsTable } from './tables.ts';

export function presentCourse(row: Selectable<TrainingCoursesTable>) {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    certificationKey: row.certificationKey,
    passMark: row.passMark,
    questionsPerAttempt: row.questionsPerAttempt,
    retakeCooldownHours: row.retakeCooldownHours,
    timeLimitMinutes: row.timeLimitMinutes,
    state: row.state,
  };
}

/** A question as the learner sees it: picked field by field, so the answer cannot ride along. */
export function presentLearnerQuestion(
  row: Pick<Selectable<TrainingQuestionsTable>, 'id' | 'kind' | 'prompt' | 'options'>,
) {
  return { id: row.id, kind: row.kind, prompt: row.prompt, options: row.options };
}

export function presentHeldCertification(
  row: Selectable<PersonCertificationsTable>,
  catalogue: { title: string; description: string } | undefined,
) {
  return {
    id: row.id,
    key: row.certification,
    title: catalogue?.title ?? row.certification,
    unlocks: catalogue?.description ?? '',
    issuedAt: row.issuedAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    source: row.source,
  };
}
