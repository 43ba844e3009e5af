import { serverModule, tablesOf } from '../server-module.ts';
import { ledgerAbilities } from './abilities.ts';
import type { LedgerTables } from './tables.ts';

export const ledgerModule = serverModule({
  name: 'ledger',
  routes: () => import('./routes.ts').then((module) => module.ledgerRoutes),
  tables: tablesOf<LedgerTables>(),
  abilities: ledgerAbilities,
});
