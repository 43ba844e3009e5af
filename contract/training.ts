import { z } from 'zod';

import { myAssignmentSchema } from './assignments.ts';
import { practiceSituationSchema } from './practice.ts';
import { amountMinor, currencyCode, nextCursorSchema, pageQuery } from './shared.ts';

/**
 * The training module's requests and responses (issue 14). A question as a learner sees it has its
 * prompt and options, never its correct answer or explanation: the server scores from its own copy.
 */

/** A bounded whole number; the range before `int()`, so a number past 2^53 is called too large. */
const count = (min: number, max: number) =>
  z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`).int();
/** An option of a question by its place (a true/false question's options are True, False). */
const optionIndex = count(0, 9);

const certificationKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be a lowercase key such as refunds_ii');

export const certificationBody = z.object({
  key: certificationKey,
  title: z.string().trim().min(1).max(200),
  description: z.string().max(2000).default(''),
  validityMonths: count(1, 120),
  recertWindowDays: count(0, 365).default(30),
  grantsLicence: z
    .enum(['candidate', 'contributor', 'publisher', 'coach'])
    .nullable()
    .optional()
    .describe('The knowledge licence holding it grants (never lowering a higher one)'),
});

export const certificationSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    title: z.string(),
    description: z.string(),
    validityMonths: z.number().int(),
    recertWindowDays: z.number().int(),
    grantsLicence: z.enum(['candidate', 'contributor', 'publisher', 'coach']).nullable(),
  })
  .meta({ id: 'TrainingCertification' });

export const certificationResponse = z.object({ certification: certificationSchema });

/** The catalogue by key; an organization's runs to dozens, so the default page is usually all of it. */
export const catalogueQuery = z.object({ ...pageQuery(200, 100) });
export const catalogueResponse = z.object({
  certifications: z.array(certificationSchema),
  nextCursor: nextCursorSchema,
});

/** A situation as a question of an assessment shows it: the case, without a draw's id or source. */
const learnerSituationSchema = practiceSituationSchema.omit({ id: true, source: true });

const questionKind = z.enum(['single', 'multiple', 'true_false', 'situation']);
const typeKey = z.string().min(1).max(40);

/**
 * A practice situation inside an assessment (domain/training/practice-situation.ts), in the policy's
 * minor units. It carries no answer key: the learner's answer is graded at submit by the practice
 * grader under the policy in force for their level then, so the key follows the policy.
 */
export const situationBody = z.object({
  customer: z.object({
    segment: z.string().trim().min(1).max(40),
    lifetimeValueMinor: amountMinor,
    currency: currencyCode,
    flags: z.array(z.string().trim().min(1).max(40)).max(10).default([]),
  }),
  orderAgeDays: count(0, 3650).nullable().default(null),
  prior: z
    .object({ customerWindowMinor: amountMinor, contactTotalMinor: amountMinor })
    .nullable()
    .default(null),
  says: z.string().trim().min(1).max(2000),
  asks: z.object({ type: typeKey, amountMinor }),
  types: z.array(typeKey).min(1).max(20).describe('Resolution type keys the learner picks from'),
});

/**
 * A question of a course's pool. Answers name options by place; a true/false question has the
 * options True (0) and False (1) of itself. Single and true/false take exactly one right option.
 * A `situation` question has no options and no `correct`, but a `situation`.
 */
const questionBody = z.object({
  kind: questionKind,
  prompt: z.string().trim().min(1).max(2000),
  options: z.array(z.string().trim().min(1).max(500)).max(10).default([]),
  correct: z.array(optionIndex).max(10).default([]),
  situation: situationBody.optional(),
  explanation: z.string().max(2000).default(''),
});

/**
 * A lesson: a title and a markdown body, stored as written and sanitized when rendered (as knowledge
 * articles are). It links knowledge articles by their path, `/knowledge/articles/<id>`; each must
 * be an article of the course's organization that is not a draft.
 */
export const lessonBody = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().max(50_000).default(''),
});

/** What a learner needs before starting an attempt: certifications held in force, courses passed. */
export const prerequisitesSchema = z.object({
  certifications: z.array(certificationKey).max(20).default([]),
  courses: z.array(z.uuid()).max(20).default([]),
});

export const courseBody = z.object({
  title: z.string().trim().min(1).max(200),
  summary: z.string().max(2000).default(''),
  certificationKey: certificationKey.nullable().default(null),
  passMark: count(1, 100).describe('Percent of the drawn questions right'),
  questionsPerAttempt: count(1, 100),
  retakeCooldownHours: count(0, 8760).default(0),
  timeLimitMinutes: count(1, 600)
    .nullable()
    .default(null)
    .describe('Answers given after the limit count as wrong; answering then is refused (409)'),
  requires: prerequisitesSchema.default({ certifications: [], courses: [] }),
  lessons: z.array(lessonBody).max(100).default([]),
  questions: z.array(questionBody).min(1).max(500),
});

export const learnerQuestionSchema = z
  .object({
    id: z.uuid(),
    kind: questionKind,
    prompt: z.string(),
    options: z.array(z.string()),
    situation: learnerSituationSchema
      .optional()
      .describe('A situation question only: the case, never its expected answer'),
  })
  .strict()
  .meta({ id: 'TrainingQuestion' });

export const courseSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    summary: z.string(),
    certificationKey: z.string().nullable(),
    passMark: z.number().int(),
    questionsPerAttempt: z.number().int(),
    retakeCooldownHours: z.number().int(),
    timeLimitMinutes: z.number().int().nullable(),
    requires: z.object({ certifications: z.array(z.string()), courses: z.array(z.uuid()) }),
    state: z.enum(['draft', 'published', 'archived']),
  })
  .meta({ id: 'TrainingCourse' });

export const courseResponse = z.object({ course: courseSchema });

export const lessonSchema = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    title: z.string(),
    body: z.string().describe('Markdown as written: render it sanitized'),
    articles: z
      .array(z.object({ id: z.uuid(), title: z.string() }))
      .describe('The knowledge articles the body links'),
    done: z.boolean().describe('Whether I have completed it'),
  })
  .meta({ id: 'TrainingLesson' });

export const courseProgressSchema = z
  .object({
    courseId: z.uuid(),
    lessonsDone: z.number().int(),
    lessonsTotal: z.number().int(),
    nextLessonId: z.uuid().nullable().describe('The first lesson I have not done, in order'),
    completed: z.boolean().describe('Every lesson done'),
  })
  .meta({ id: 'TrainingCourseProgress' });

export const missingPrerequisiteSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('certification'), key: z.string(), title: z.string() }),
  z.object({ kind: z.literal('course'), courseId: z.uuid(), title: z.string() }),
]);

/** `GET /api/training/courses/:id`: the course, its lessons with my progress, what I still lack. */
export const courseDetailResponse = z.object({
  course: courseSchema,
  lessons: z.array(lessonSchema),
  progress: courseProgressSchema,
  missing: z.array(missingPrerequisiteSchema).describe('Prerequisites I lack to start an attempt'),
});

/** `GET /api/training/courses/:id/content` (trainer, admin): a course as its editor writes it. */
export const courseContentResponse = z.object({
  course: courseSchema,
  content: courseBody,
});

export const lessonParams = z.object({ id: z.uuid(), lessonId: z.uuid() });
export const lessonProgressResponse = z.object({ progress: courseProgressSchema });
export const coursesQuery = z.object({ ...pageQuery(200, 50) });
export const coursesResponse = z.object({
  courses: z.array(courseSchema),
  nextCursor: nextCursorSchema,
});

export const attemptResponse = z.object({
  attempt: z.object({ id: z.uuid(), questions: z.array(learnerQuestionSchema) }),
});

/** A situation question's answer: what I would offer, and whether I grant it or ask approval. */
export const situationAnswerBody = z.object({
  type: typeKey,
  amount: amountMinor.describe('Minor units (cents for USD)'),
  currency: currencyCode,
  decision: z.enum(['grant', 'ask_approval', 'not_allowed']),
});

export const answerBody = z.object({
  questionId: z.uuid(),
  answer: z
    .union([z.array(optionIndex).min(1).max(10), situationAnswerBody])
    .describe(
      'The options picked by place (one for single and true/false: 0 True, 1 False), or for a situation question { type, amount, currency, decision }',
    ),
});

export const heldCertificationSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    title: z.string(),
    unlocks: z.string().describe("For now the catalogue's description of what it unlocks"),
    issuedAt: z.string(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    source: z.enum(['assessment', 'sign_off']).nullable(),
  })
  .meta({ id: 'HeldCertification' });

export const submitResponse = z.object({
  score: z.number().int().describe('Percent right of the drawn questions'),
  passed: z.boolean(),
  certification: heldCertificationSchema.optional(),
});

export const awardBody = z.object({
  personId: z.uuid(),
  certificationKey,
  note: z.string().trim().min(1).max(1000),
});

export const revokeBody = z.object({ reason: z.string().trim().min(1).max(1000) });

export const heldCertificationResponse = z.object({ certification: heldCertificationSchema });

export const myTrainingResponse = z.object({
  /** The assignments module's (queries/my-assignments.ts). */
  assignments: z.array(myAssignmentSchema),
  attempts: z.array(
    z.object({
      id: z.uuid(),
      courseId: z.uuid(),
      startedAt: z.string(),
      submittedAt: z.string().nullable(),
      score: z.number().int().nullable(),
      passed: z.boolean().nullable(),
    }),
  ),
  certifications: z.array(heldCertificationSchema),
  renewals: z
    .array(
      z.object({
        certificationId: z.uuid(),
        key: z.string(),
        title: z.string(),
        renewBy: z.string().describe('When the certificate expires: renew before'),
        courseId: z.uuid().nullable().describe('A published course that awards it again'),
      }),
    )
    .describe('My certificates inside their recertification window, soonest first'),
  refreshers: z
    .array(
      z.object({
        id: z.uuid(),
        certification: z.string(),
        typeKey: z.string(),
        policyVersion: z.number().int(),
        typeLabel: z.string(),
        lesson: z.string().describe('The policy change in plain words, one change a line'),
        lines: z.array(z.string()).describe('The lesson, line by line'),
        situationId: z
          .uuid()
          .nullable()
          .describe('A practice situation to answer at POST /api/training/practice/:id/answer'),
        situation: practiceSituationSchema
          .nullable()
          .describe('That situation, without an answer, while it is unanswered'),
        assignedAt: z.string(),
        practised: z.boolean(),
        done: z.boolean().describe('Its situation is answered (or there is none to answer)'),
      }),
    )
    .describe('Refreshers a published policy change assigned me, newest first'),
  progress: z
    .array(courseProgressSchema)
    .describe('Each published course I have begun the lessons of'),
});

export const trainingEvents = {
  /** A certification was awarded to or revoked from the recipient: their limits may have changed. */
  'training.certification_changed': z.strictObject({
    certificationKey: z.string().max(40),
    change: z.enum(['awarded', 'revoked', 'expired']),
  }),
  /** Once per recertification window: the recipient's certificate expires at `renewBy`. */
  'training.renewal_due': z.strictObject({
    certificationId: z.uuid(),
    certificationKey: z.string().max(40),
    title: z.string().max(200),
    renewBy: z.string(),
  }),
  /** A published policy changed a type the recipient's certificate covers: a refresher waits. */
  'training.refresher_assigned': z.strictObject({
    refresherId: z.uuid(),
    typeKey: z.string().max(40),
    policyVersion: z.number().int(),
  }),
} as const;
