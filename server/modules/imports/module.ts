import { serverModule, tablesOf } from '../server-module.ts';
import { importAbilities } from './abilities.ts';
import { importLedgerKinds } from './ledger-kinds.ts';
import type { ImportTables } from './tables.ts';

export const importsModule = serverModule({
  name: 'imports',
  routes: () => import('./routes.ts').then((module) => module.importRoutes),
  tables: tablesOf<ImportTables>(),
  abilities: importAbilities,
  ledgerKinds: importLedgerKinds,
});
