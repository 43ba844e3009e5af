import { serverModule } from '../server-module.ts';

/** Courses, attempts, assignments and certifications (issue 14); filled in as the module grows. */
export const trainingModule = serverModule({
  name: 'training',
});
