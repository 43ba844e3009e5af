import { serverModule, tablesOf } from '../server-module.ts';
import { approvalAbilities } from './abilities.ts';
import { approvalLedgerKinds } from './ledger-kinds.ts';
import type { ApprovalTables } from './tables.ts';

export const approvalsModule = serverModule({
  name: 'approvals',
  routes: () => import('./routes.ts').then((module) => module.approvalRoutes),
  tables: tablesOf<ApprovalTables>(),
  abilities: approvalAbilities,
  ledgerKinds: approvalLedgerKinds,
});
