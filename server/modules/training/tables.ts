import type { ColumnType, Generated } from 'kysely';

import type {
  PracticeAnswer,
  PracticeSituation,
} from '../../../domain/training/practice-situation.ts';
import type { Json, Timestamp } from '../../db/columns.ts';
import type { KnowledgeLicence } from '../knowledge/tables.ts';
import type { LifecycleTables } from './lifecycle/tables.ts';

export type CourseState = 'draft' | 'published' | 'archived';
export type QuestionKind = 'single' | 'multiple' | 'true_false' | 'situation';
/** The options picked, by place (a true/false question's are True 0, False 1), sorted. */
export type QuestionAnswer = number[];
/** What a learner gave: options by place, or a situation question's offer (graded at submit). */
export type GivenAnswer = QuestionAnswer | PracticeAnswer;

type Moment = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** An organization's certification catalogue (migration 20261206110000). */
export interface TrainingCertificationsTable {
  id: Generated<string>;
  organizationId: string;
  key: string;
  title: string;
  description: Generated<string>;
  validityMonths: number;
  recertWindowDays: Generated<number>;
  /** The knowledge licence holding it grants (migration 20261207200000). */
  grantsLicence: ColumnType<
    KnowledgeLicence | null,
    KnowledgeLicence | null | undefined,
    KnowledgeLicence | null
  >;
}

export interface TrainingCoursesTable {
  id: Generated<string>;
  organizationId: string;
  title: string;
  summary: Generated<string>;
  certificationKey: string | null;
  passMark: number;
  questionsPerAttempt: number;
  retakeCooldownHours: Generated<number>;
  timeLimitMinutes: number | null;
  /** Certification keys a learner must hold in force to start an attempt (migration 20261207100000). */
  requiredCertifications: Generated<string[]>;
  /** Courses a learner must have passed to start an attempt. */
  requiredCourseIds: Generated<string[]>;
  state: Generated<CourseState>;
  createdBy: string | null;
  createdAt: Generated<Date>;
}

/**
 * A question of a course's pool; `correct` never leaves the server. A situation question has no
 * answer key (null) but its situation: it is graded at submit with the policy then in force.
 */
export interface TrainingQuestionsTable {
  id: Generated<string>;
  organizationId: string;
  courseId: string;
  position: number;
  kind: QuestionKind;
  prompt: string;
  options: Json<string[]>;
  /** JSON; SQL null for a situation question. */
  correct: ColumnType<QuestionAnswer | null, string | null, string | null>;
  /** JSON; SQL null (the default) for every kind but a situation. */
  situation: ColumnType<PracticeSituation | null, string | null | undefined, string | null>;
  explanation: Generated<string>;
}

/** A course's lessons, in order; `articleIds` are the knowledge articles its markdown links. */
export interface TrainingLessonsTable {
  id: Generated<string>;
  organizationId: string;
  courseId: string;
  position: number;
  title: string;
  body: string;
  articleIds: string[];
}

/** One row per lesson a person has finished. */
export interface TrainingLessonProgressTable {
  personId: string;
  lessonId: string;
  organizationId: string;
  courseId: string;
  completedAt: Timestamp;
}

export interface TrainingAttemptsTable {
  id: Generated<string>;
  organizationId: string;
  personId: string;
  courseId: string;
  seed: number;
  questionIds: string[];
  startedAt: Timestamp;
  submittedAt: Moment;
  score: number | null;
  passed: boolean | null;
}

export interface TrainingAnswersTable {
  attemptId: string;
  questionId: string;
  answer: Json<GivenAnswer>;
  answeredAt: Timestamp;
}

export type TrainingTables = LifecycleTables & {
  trainingCertifications: TrainingCertificationsTable;
  trainingCourses: TrainingCoursesTable;
  trainingQuestions: TrainingQuestionsTable;
  trainingAttempts: TrainingAttemptsTable;
  trainingAnswers: TrainingAnswersTable;
  trainingLessons: TrainingLessonsTable;
  trainingLessonProgress: TrainingLessonProgressTable;
};
