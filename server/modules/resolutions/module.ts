import { serverModule, tablesOf } from '../server-module.ts';
import { resolutionAbilities } from './abilities.ts';
import { resolutionLedgerKinds } from './ledger-kinds.ts';
import type { ResolutionTables } from './tables.ts';

export const resolutionsModule = serverModule({
  name: 'resolutions',
  routes: () => import('./routes.ts').then((module) => module.resolutionRoutes),
  tables: tablesOf<ResolutionTables>(),
  abilities: resolutionAbilities,
  ledgerKinds: resolutionLedgerKinds,
});
