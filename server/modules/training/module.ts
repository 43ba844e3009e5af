import { serverModule, tablesOf } from '../server-module.ts';
import { trainingAbilities } from './abilities.ts';
import { trainingLedgerKinds } from './ledger-kinds.ts';
import type { TrainingTables } from './tables.ts';

/** Courses, attempts and certifications (issue 14). */
export const trainingModule = serverModule({
  name: 'training',
  routes: () => import('./routes.ts').then((module) => module.trainingRoutes),
  tables: tablesOf<TrainingTables>(),
  abilities: trainingAbilities,
  ledgerKinds: trainingLedgerKinds,
  onPolicyPublished: (trx, published) =>
    import('./lifecycle/assign-refreshers.ts').then((module) =>
      module.assignRefreshers(trx, published),
    ),
});
