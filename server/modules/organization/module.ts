import { serverModule, tablesOf } from '../server-module.ts';
import { organizationAbilities } from './abilities.ts';
import { organizationLedgerKinds } from './ledger-kinds.ts';
import type { OrganizationTables } from './tables.ts';

export const organizationModule = serverModule({
  name: 'organization',
  routes: () => import('./routes.ts').then((module) => module.organizationRoutes),
  tables: tablesOf<OrganizationTables>(),
  abilities: organizationAbilities,
  ledgerKinds: organizationLedgerKinds,
});
