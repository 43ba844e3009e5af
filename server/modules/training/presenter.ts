import type { Selectable } from 'kysely';

import type { CompiledPolicy } from '../../../domain/authority/compile.ts';
import type { PersonCertificationsTable } from '../people/tables.ts';
import { presentPracticeSituation } from '../practice/presenter.ts';
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
    requires: { certifications: row.requiredCertifications, courses: row.requiredCourseIds },
    state: row.state,
  };
}

/**
 * A question as the learner sees it: picked field by field, so the answer cannot ride along. A
 * situation shows as practice shows it (its types labelled from the policy), never its expected answer.
 */
export function presentLearnerQuestion(
  row: Pick<Selectable<TrainingQuestionsTable>, 'id' | 'kind' | 'prompt' | 'options' | 'situation'>,
  cp: Pick<CompiledPolicy, 'types'> | null,
) {
  const question = { id: row.id, kind: row.kind, prompt: row.prompt, options: row.options };
  if (!row.situation) return question;
  const {
    id: _id,
    source: _source,
    ...situation
  } = presentPracticeSituation(
    { id: row.id, source: 'picked', situation: row.situation },
    cp ?? { types: [] },
  );
  return { ...question, situation };
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
