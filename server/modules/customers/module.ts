import { serverModule, tablesOf } from '../server-module.ts';
import { customerAbilities } from './abilities.ts';
import { customerLedgerKinds } from './ledger-kinds.ts';
import type { CustomerTables } from './tables.ts';

export const customersModule = serverModule({
  name: 'customers',
  routes: () => import('./routes.ts').then((module) => module.customerRoutes),
  tables: tablesOf<CustomerTables>(),
  abilities: customerAbilities,
  ledgerKinds: customerLedgerKinds,
});
