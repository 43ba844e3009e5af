import { serverModules, type ServerModules } from '../index.ts';
import type { ComposedLedgerKinds } from '../server-module.ts';

export type LedgerKind = ComposedLedgerKinds<ServerModules>;

/** Every kind of ledger entry, composed from the kinds each registered module declares. */
export const ledgerKinds: readonly LedgerKind[] = serverModules.flatMap((module) =>
  'ledgerKinds' in module ? module.ledgerKinds : [],
);
