import { approvalLedgerKinds } from '../approvals/ledger-kinds.ts';
import { authorityLedgerKinds } from '../authority/ledger-kinds.ts';
import { customerLedgerKinds } from '../customers/ledger-kinds.ts';
import { organizationLedgerKinds } from '../organization/ledger-kinds.ts';
import { peopleLedgerKinds } from '../people/ledger-kinds.ts';
import { resolutionLedgerKinds } from '../resolutions/ledger-kinds.ts';

/** Every kind of ledger entry, composed from the kinds each module declares (one line per module). */
export const ledgerKinds = [
  ...authorityLedgerKinds,
  ...resolutionLedgerKinds,
  ...approvalLedgerKinds,
  ...customerLedgerKinds,
  ...peopleLedgerKinds,
  ...organizationLedgerKinds,
] as const;

export type LedgerKind = (typeof ledgerKinds)[number];
