import type { ServerModule } from '../server-module.ts';
import { approvalAbilities } from './abilities.ts';
import { approvalLedgerKinds } from './ledger-kinds.ts';
import { approvalRoutes } from './routes.ts';

export const approvalsModule = {
  name: 'approvals',
  routes: approvalRoutes,
  abilities: approvalAbilities,
  ledgerKinds: approvalLedgerKinds,
} satisfies ServerModule;
