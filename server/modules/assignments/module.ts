import { serverModule, tablesOf } from '../server-module.ts';
import type { AssignmentTables } from './tables.ts';

/**
 * Course assignments with due dates and reminders, the trainer's progress figures and home
 * (issue 14, "For trainers"). Its routes live under /api/training and declare training's abilities.
 */
export const assignmentsModule = serverModule({
  name: 'assignments',
  routes: () => import('./routes.ts').then((module) => module.assignmentRoutes),
  tables: tablesOf<AssignmentTables>(),
});
