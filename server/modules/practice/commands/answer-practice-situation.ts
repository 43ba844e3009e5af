import { gradePractice, type PracticeGrade } from '../../../../domain/training/grade-practice.ts';
import type { PracticeAnswer } from '../../../../domain/training/practice-situation.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { loadCompiledPolicy } from '../../authority/queries/load-compiled-policy.ts';
import { loadPersonForAuthority } from '../../authority/queries/load-person-for-authority.ts';
import { recordStatement } from '../../xapi/record-statement.ts';

export type AnswerOptions = {
  db: Db;
  /** The deployment's PUBLIC_URL: the xAPI statement's activity IRI lives under it. */
  publicUrl: string;
  organizationId: string;
  personId: string;
  situationId: string;
  answer: PracticeAnswer & { currency: string };
  now: Date;
};

/**
 * Grades the learner's answer against the engine, with the policy in force for their level, from the
 * stored situation; records it once. It is practice: no budget is spent and no resolution written.
 */
export async function answerPracticeSituation(options: AnswerOptions): Promise<PracticeGrade> {
  const { db, organizationId, personId, now } = options;
  const row = await db
    .selectFrom('practiceSituations')
    .innerJoin('people', 'people.id', 'practiceSituations.personId')
    .select([
      'practiceSituations.situation',
      'practiceSituations.answeredAt',
      'people.name',
      'people.email',
    ])
    .where('practiceSituations.organizationId', '=', organizationId)
    .where('practiceSituations.id', '=', options.situationId)
    // Only the person it was drawn for; anyone else's is as absent as another organization's.
    .where('practiceSituations.personId', '=', personId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('Practice situation');
  if (row.answeredAt !== null) throw new AppError('conflict', 'This situation is answered already');
  const { situation } = row;
  if (options.answer.currency !== situation.customer.currency)
    throw AppError.invalid('currency', `this situation is in ${situation.customer.currency}`);

  const [policy, learner] = await Promise.all([
    loadCompiledPolicy({ db, organizationId }),
    loadPersonForAuthority(db, organizationId, personId),
  ]);
  const grade = gradePractice({
    policy,
    learner,
    situation,
    answer: options.answer,
    at: now.getTime(),
  });

  await db.transaction().execute(async (trx) => {
    // The one answer: a second, or one racing this, finds answered_at set and updates nothing.
    const taken = await trx
      .updateTable('practiceSituations')
      .set({ answeredAt: now, correct: grade.correct })
      .where('id', '=', options.situationId)
      .where('organizationId', '=', organizationId)
      .where('answeredAt', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!taken) throw new AppError('conflict', 'This situation is answered already');
    await recordStatement(trx, {
      organizationId,
      publicUrl: options.publicUrl,
      actor: { personId, name: row.name, email: row.email },
      verb: 'answered',
      object: { activityId: options.situationId, name: 'Practice situation', type: 'simulation' },
      result: { success: grade.correct, response: options.answer.decision },
      timestamp: now,
    });
  });
  return grade;
}
