// Shapes the trainer's pages read and write, derived from contract/{training,assignments}.ts.
import type { z } from 'zod';

import type {
  assignedResponse,
  assignmentBody,
  assignmentSchema,
  expiringCertificationSchema,
  progressResponse,
  questionStatSchema,
  todayResponse,
} from '../../../contract/assignments.ts';
import type {
  awardBody,
  certificationSchema,
  courseBody,
  courseContentResponse,
  courseSchema,
  heldCertificationSchema,
} from '../../../contract/training.ts';

export type Today = z.infer<typeof todayResponse>;
export type Progress = z.infer<typeof progressResponse>;
export type QuestionStat = z.infer<typeof questionStatSchema>;
export type ExpiringCertification = z.infer<typeof expiringCertificationSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
/** What POST /api/training/assignments takes: a team or people, as the client sends it. */
export type AssignmentDraft = z.input<typeof assignmentBody>;
export type Assigned = z.infer<typeof assignedResponse>;
/** An entry of the organization's certification catalogue. */
export type CatalogueEntry = z.infer<typeof certificationSchema>;
/** A sign-off as POST /api/training/certifications takes it. */
export type SignOffDraft = z.input<typeof awardBody>;
/** A certificate someone holds, as a sign-off or a revocation answers it. */
export type HeldCertification = z.infer<typeof heldCertificationSchema>;
/** A course as its editor writes it (what POST and PUT take). */
export type CourseDraft = z.input<typeof courseBody>;
export type CourseContent = z.infer<typeof courseContentResponse>;
export type Course = z.infer<typeof courseSchema>;
