import type { ColumnType, Generated } from 'kysely';

import type { Json, Timestamp } from '../../db/columns.ts';
import type { KnowledgeLicence } from '../knowledge/tables.ts';
import type { LifecycleTables } from './lifecycle/tables.ts';

export type CourseState = 'draft' | 'published' | 'archived';
export type QuestionKind = 'single' | 'multiple' | 'true_false';
/** The options picked, by place (a true/false question's are True 0, False 1), sorted. */
export type QuestionAnswer = number[];

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
  state: Generated<CourseState>;
  createdBy: string | null;
  createdAt: Generated<Date>;
}

/** A question of a course's pool; `correct` never leaves the server. */
export interface TrainingQuestionsTable {
  id: Generated<string>;
  organizationId: string;
  courseId: string;
  position: number;
  kind: QuestionKind;
  prompt: string;
  options: Json<string[]>;
  correct: Json<QuestionAnswer>;
  explanation: Generated<string>;
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
  answer: Json<QuestionAnswer>;
  answeredAt: Timestamp;
}

export type TrainingTables = LifecycleTables & {
  trainingCertifications: TrainingCertificationsTable;
  trainingCourses: TrainingCoursesTable;
  trainingQuestions: TrainingQuestionsTable;
  trainingAttempts: TrainingAttemptsTable;
  trainingAnswers: TrainingAnswersTable;
};
