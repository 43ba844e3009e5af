// Shapes the trainer's pages read and write, derived from contract/{training,assignments}.ts.
import type { z } from 'zod';

import type {
  assignmentSchema,
  expiringCertificationSchema,
  progressResponse,
  questionStatSchema,
  todayResponse,
} from '../../../contract/assignments.ts';
import type {
  courseBody,
  courseContentResponse,
  courseSchema,
} from '../../../contract/training.ts';

export type Today = z.infer<typeof todayResponse>;
export type Progress = z.infer<typeof progressResponse>;
export type QuestionStat = z.infer<typeof questionStatSchema>;
export type ExpiringCertification = z.infer<typeof expiringCertificationSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
/** A course as its editor writes it (what POST and PUT take). */
export type CourseDraft = z.input<typeof courseBody>;
export type CourseContent = z.infer<typeof courseContentResponse>;
export type Course = z.infer<typeof courseSchema>;
