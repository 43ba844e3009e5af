import { z } from 'zod';

import { nextCursorSchema, pageQuery, personRefSchema } from './shared.ts';

/**
 * Assignments of courses to people (issue 14, "For trainers"), the trainer's progress figures and
 * the trainer's home. A team assignment is stored as one assignment per member at the time it is
 * made, so each person's status, reminders and cancellation are their own.
 */

export const assignmentStatus = z
  .enum(['not_started', 'in_progress', 'done', 'overdue', 'cancelled'])
  .describe(
    'done: passed the course since assigned; overdue: not done and past due; in_progress: an attempt since assigned',
  );

export const assignmentBody = z
  .object({
    courseId: z.uuid(),
    teamId: z.uuid().optional().describe('Everyone active in the team, now'),
    personIds: z.array(z.uuid()).min(1).max(200).optional(),
    dueAt: z.iso.datetime({ offset: true }),
  })
  .refine((b) => (b.teamId === undefined) !== (b.personIds === undefined), {
    message: 'name either a team or people',
    path: ['teamId'],
  });

export const assignmentSchema = z
  .object({
    id: z.uuid(),
    course: z.object({ id: z.uuid(), title: z.string() }),
    person: personRefSchema,
    teamId: z.uuid().nullable().describe('The team it was assigned through, if any'),
    dueAt: z.string(),
    assignedAt: z.string(),
    assignedBy: personRefSchema.nullable(),
    cancelledAt: z.string().nullable(),
    status: assignmentStatus,
  })
  .meta({ id: 'TrainingAssignment' });

export const assignmentsResponse = z.object({
  assignments: z.array(assignmentSchema),
  nextCursor: nextCursorSchema,
});

/** What POST answers: the assignments made (people already assigned the course and not done are skipped). */
export const assignedResponse = z.object({
  assignments: z.array(assignmentSchema),
  skipped: z.array(z.uuid()).describe('People who already had an open assignment of the course'),
});

export const assignmentResponse = z.object({ assignment: assignmentSchema });

export const assignmentsQuery = z.object({
  ...pageQuery(200, 50),
  courseId: z.uuid().optional(),
  teamId: z.uuid().optional(),
  personId: z.uuid().optional(),
  status: assignmentStatus.optional(),
});

/** One of my assignments, as `GET /api/training/me` lists them (open ones and the last 90 days' done). */
export const myAssignmentSchema = z
  .object({
    id: z.uuid(),
    courseId: z.uuid(),
    courseTitle: z.string(),
    dueAt: z.string(),
    assignedAt: z.string(),
    status: assignmentStatus,
  })
  .meta({ id: 'MyTrainingAssignment' });

/** `?team=` narrows every figure to one team's people; omitted, the whole organization. */
export const progressQuery = z.object({
  team: z.uuid().optional(),
  courseId: z.uuid().optional().describe('Narrows the teams and questions figures to one course'),
});

const share = z
  .number()
  .min(0)
  .max(1)
  .nullable()
  .describe('0..1; null when there is nothing to count');

export const expiringCertificationSchema = z
  .object({
    id: z.uuid(),
    person: personRefSchema,
    key: z.string(),
    title: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'ExpiringCertification' });

export const questionStatSchema = z
  .object({
    questionId: z.uuid(),
    courseId: z.uuid(),
    courseTitle: z.string(),
    prompt: z.string(),
    options: z.array(z.string()),
    answered: z.number().int().describe('Answers in submitted attempts'),
    rightShare: share,
    mostPickedWrong: z
      .object({
        answer: z.array(z.number().int()),
        labels: z.array(z.string()),
        count: z.number().int(),
      })
      .nullable()
      .describe('The wrong answer picked most often (options by place), null when none was wrong'),
  })
  .meta({ id: 'TrainingQuestionStat' });

export const progressResponse = z.object({
  teams: z
    .array(
      z.object({
        team: z.object({ id: z.uuid(), name: z.string() }),
        people: z.number().int(),
        assignments: z.number().int().describe('Not cancelled'),
        done: z.number().int(),
        overdue: z.number().int(),
        completionRate: share,
        attempts: z.number().int().describe('Submitted attempts'),
        passed: z.number().int(),
        passRate: share,
      }),
    )
    .describe("At most 100 teams, by name; counted by each active person's team now"),
  coverage: z
    .array(
      z.object({
        type: z.string(),
        typeName: z.string(),
        certifications: z
          .array(z.string())
          .describe("The policy's certifications for the type: certified tiers and required ones"),
        people: z.number().int(),
        holders: z.number().int().describe('People holding one of them, valid now (grace counted)'),
        share,
      }),
    )
    .describe('Per resolution type of the policy in force that names a certification'),
  expiring: z
    .array(expiringCertificationSchema)
    .describe('In the next 30 days, soonest first, at most 100'),
  questions: z
    .array(questionStatSchema)
    .describe('Answered questions, lowest right share first, at most 100'),
});

export const todayResponse = z.object({
  overdue: z.object({
    count: z.number().int(),
    first: z.array(assignmentSchema).describe('Most overdue first, at most 10'),
  }),
  dueSoon: z.object({
    count: z.number().int(),
    first: z
      .array(assignmentSchema)
      .describe('Due in the next 7 days, not done, soonest first, at most 10'),
  }),
  expiring: z.object({
    count: z.number().int(),
    first: z.array(expiringCertificationSchema).describe('At most 10'),
  }),
  signOffRequests: z
    .array(
      z.object({
        id: z.uuid(),
        person: personRefSchema,
        certificationKey: z.string(),
        requestedAt: z.string(),
      }),
    )
    .describe('Practical skills waiting for a sign-off (none until a request exists)'),
  weakQuestions: z
    .array(questionStatSchema)
    .describe('Right share under 60% with at least 5 answers, lowest first, at most 5'),
});

export const assignmentEvents = {
  /** A course was assigned to the recipient. */
  'training.assigned': z.strictObject({
    assignmentId: z.uuid(),
    courseId: z.uuid(),
    courseTitle: z.string().max(200),
    dueAt: z.string().max(40),
  }),
  /** Once when the due date is two days away, once when it has passed and the course is not done. */
  'training.assignment_reminder': z.strictObject({
    assignmentId: z.uuid(),
    courseId: z.uuid(),
    courseTitle: z.string().max(200),
    dueAt: z.string().max(40),
    reminder: z.enum(['due_soon', 'overdue']),
  }),
} as const;
