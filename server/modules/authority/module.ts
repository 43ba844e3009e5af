import { serverModule, tablesOf } from '../server-module.ts';
import { authorityAbilities } from './abilities.ts';
import { authorityLedgerKinds } from './ledger-kinds.ts';
import type { AuthorityTables } from './tables.ts';

export const authorityModule = serverModule({
  name: 'authority',
  routes: () => import('./routes.ts').then((module) => module.authorityRoutes),
  tables: tablesOf<AuthorityTables>(),
  abilities: authorityAbilities,
  ledgerKinds: authorityLedgerKinds,
});
