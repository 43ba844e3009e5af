import { serverModule, tablesOf } from '../server-module.ts';
import { authLedgerKinds } from './ledger-kinds.ts';
import type { AuthTables } from './tables.ts';

export const authModule = serverModule({
  name: 'auth',
  routes: () => import('./routes.ts').then((module) => module.authRoutes),
  tables: tablesOf<AuthTables>(),
  ledgerKinds: authLedgerKinds,
});
