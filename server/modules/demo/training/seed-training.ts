import { randomUUID } from 'node:crypto';

import { sql, type Transaction } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import { appendLedgerEntries } from '../../ledger/commands/append-ledger-entries.ts';
import type { NewLedgerEntry } from '../../ledger/ledger-entry.ts';
import type { DemoData } from '../demo-data.ts';
import { demoCatalogue, demoCourses } from './demo-courses.ts';
import { planTraining, type TrainingPlan } from './plan-training.ts';

const DAY = 86_400_000;
const TRAINER = 'trainer@northwind.example';

type Trx = Transaction<Database>;

export type SeedTrainingOptions = {
  trx: Trx;
  organizationId: string;
  now: Date;
  data: DemoData;
  personIds: ReadonlyMap<string, string>;
};

/**
 * Northwind's training: the catalogue, four published courses with their lessons and questions,
 * a year of attempts with their answers, the certificates the passes awarded (ledgered as an award
 * is) and the trainer's assignments. Rows are written directly, as the rest of the demo is,
 * consistent with what the commands would have written.
 */
export async function seedDemoTraining(options: SeedTrainingOptions): Promise<void> {
  const { trx, organizationId, now } = options;
  const plan = planTraining(options.data, now);
  const person = (email: string) => {
    const id = options.personIds.get(email);
    if (!id) throw new Error(`Demo training refers to unknown ${email}`);
    return id;
  };
  await trx
    .insertInto('trainingCertifications')
    .values(demoCatalogue.map((c) => ({ ...c, organizationId })))
    .execute();
  const courseIds = new Map(demoCourses.map((c) => [c.key, randomUUID()]));
  const questionIds = new Map(demoCourses.map((c) => [c.key, c.questions.map(() => randomUUID())]));
  await trx
    .insertInto('trainingCourses')
    .values(
      demoCourses.map((c) => ({
        id: courseIds.get(c.key)!,
        organizationId,
        title: c.title,
        summary: c.summary,
        certificationKey: c.certificationKey,
        passMark: c.passMark,
        questionsPerAttempt: c.questionsPerAttempt,
        retakeCooldownHours: c.retakeCooldownHours,
        state: 'published' as const,
        createdBy: person(TRAINER),
        createdAt: new Date(now.getTime() - 400 * DAY),
      })),
    )
    .execute();
  // Written in SQL: the question table's columns are the training module's to grow.
  const questionRows = demoCourses.flatMap((c) =>
    c.questions.map(
      (q, position) =>
        sql`(${questionIds.get(c.key)![position]!}::uuid, ${organizationId}::uuid, ${courseIds.get(c.key)!}::uuid,
          ${position}, ${q.kind}, ${q.prompt}, ${JSON.stringify(q.options)}::jsonb,
          ${JSON.stringify(q.correct)}::jsonb, ${q.explanation})`,
    ),
  );
  await sql`insert into training_questions
    (id, organization_id, course_id, position, kind, prompt, options, correct, explanation)
    values ${sql.join(questionRows)}`.execute(trx);
  const lessonRows = demoCourses.flatMap((c) =>
    c.lessons.map(
      (l, position) =>
        sql`(${organizationId}::uuid, ${courseIds.get(c.key)!}::uuid, ${position}, ${l.title}, ${l.body})`,
    ),
  );
  await sql`insert into training_lessons (organization_id, course_id, position, title, body)
    values ${sql.join(lessonRows)}`.execute(trx);
  const attemptIds = await insertAttempts(trx, organizationId, plan, {
    person,
    course: (key) => courseIds.get(key)!,
    question: (key, place) => questionIds.get(key)![place]!,
  });
  await insertCertificates(trx, organizationId, plan, person, attemptIds);
  await trx
    .insertInto('trainingAssignments')
    .values(
      plan.assignments.map((a) => ({
        organizationId,
        courseId: courseIds.get(a.courseKey)!,
        personId: person(a.email),
        teamId: null,
        dueAt: a.dueAt,
        assignedBy: person(TRAINER),
        createdAt: a.assignedAt,
      })),
    )
    .execute();
}

type Ids = {
  person: (email: string) => string;
  course: (key: string) => string;
  question: (key: string, place: number) => string;
};

async function insertAttempts(
  trx: Trx,
  organizationId: string,
  plan: TrainingPlan,
  ids: Ids,
): Promise<string[]> {
  const attemptIds = plan.attempts.map(() => randomUUID());
  await trx
    .insertInto('trainingAttempts')
    .values(
      plan.attempts.map((a, i) => ({
        id: attemptIds[i]!,
        organizationId,
        personId: ids.person(a.email),
        courseId: ids.course(a.courseKey),
        seed: a.seed,
        questionIds: a.questions.map((q) => ids.question(a.courseKey, q)),
        startedAt: a.startedAt,
        submittedAt: a.submittedAt,
        score: a.score,
        passed: a.passed,
      })),
    )
    .execute();
  const answers = plan.attempts.flatMap((a, i) =>
    a.questions.map((q, n) => ({
      attemptId: attemptIds[i]!,
      questionId: ids.question(a.courseKey, q),
      answer: JSON.stringify(a.answers[n]),
      answeredAt: new Date(a.startedAt.getTime() + (n + 1) * 60_000),
    })),
  );
  for (let start = 0; start < answers.length; start += 500)
    await trx
      .insertInto('trainingAnswers')
      .values(answers.slice(start, start + 500))
      .execute();
  return attemptIds;
}

/** The passes' certificates, and the ledger entries an award writes, oldest first. */
async function insertCertificates(
  trx: Trx,
  organizationId: string,
  plan: TrainingPlan,
  person: (email: string) => string,
  attemptIds: string[],
) {
  if (plan.certificates.length === 0) return;
  await trx
    .insertInto('personCertifications')
    .values(
      plan.certificates.map((c) => ({
        organizationId,
        personId: person(c.email),
        certification: c.certification,
        issuedAt: c.issuedAt,
        expiresAt: c.expiresAt,
        source: 'assessment' as const,
        attemptId: attemptIds[c.attempt]!,
      })),
    )
    .execute();
  const entries = plan.certificates
    .map((c): NewLedgerEntry => ({
      kind: 'training.certification_awarded',
      at: c.issuedAt,
      actorId: null,
      data: {
        personId: person(c.email),
        certification: c.certification,
        source: 'assessment',
        attemptId: attemptIds[c.attempt]!,
        expiresAt: c.expiresAt.toISOString(),
      },
    }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  await appendLedgerEntries(trx, organizationId, entries);
}
