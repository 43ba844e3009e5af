// Shapes the training pages read and write, derived from contract/{training,practice}.ts.
import type { z } from 'zod';

import type {
  practiceAnswerBody,
  practiceGradeResponse,
  practiceSituationSchema,
} from '../../../contract/practice.ts';
import type {
  attemptResponse,
  courseDetailResponse,
  courseSchema,
  heldCertificationSchema,
  myTrainingResponse,
  situationAnswerBody,
  submitResponse,
} from '../../../contract/training.ts';

export type Course = z.infer<typeof courseSchema>;
export type MyTraining = z.infer<typeof myTrainingResponse>;
export type MyAttempt = MyTraining['attempts'][number];
export type HeldCertification = z.infer<typeof heldCertificationSchema>;
export type Attempt = z.infer<typeof attemptResponse>['attempt'];
export type LearnerQuestion = Attempt['questions'][number];
export type SubmitResult = z.infer<typeof submitResponse>;
export type PracticeSituation = z.infer<typeof practiceSituationSchema>;
export type PracticeAnswer = z.infer<typeof practiceAnswerBody>;
export type PracticeGrade = z.infer<typeof practiceGradeResponse>;
export type OfferDecision = PracticeAnswer['decision'];

export type CourseDetail = z.infer<typeof courseDetailResponse>;
export type Lesson = CourseDetail['lessons'][number];
export type CourseProgress = CourseDetail['progress'];
export type SituationAnswer = z.infer<typeof situationAnswerBody>;
