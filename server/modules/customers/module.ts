import type { ServerModule } from '../server-module.ts';
import { customerAbilities } from './abilities.ts';
import { customerLedgerKinds } from './ledger-kinds.ts';
import { customerRoutes } from './routes.ts';

export const customersModule = {
  name: 'customers',
  routes: customerRoutes,
  abilities: customerAbilities,
  ledgerKinds: customerLedgerKinds,
} satisfies ServerModule;
