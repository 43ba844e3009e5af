import { serverModule, tablesOf } from '../server-module.ts';
import { practiceAbilities } from './abilities.ts';
import type { PracticeTables } from './tables.ts';

/** Practice situations graded by the engine (issue 14): "Practice anytime", and trainers' picks. */
export const practiceModule = serverModule({
  name: 'practice',
  routes: () => import('./routes.ts').then((module) => module.practiceRoutes),
  tables: tablesOf<PracticeTables>(),
  abilities: practiceAbilities,
});
