import type { Decision } from '../../../domain/authority/decide.ts';
import type { ResolutionType } from '../../../domain/authority/policy.ts';
import type { TokenActing } from '../../policies/principal.ts';
import type {
  DecidingOrganization,
  DecisionCustomer,
  Requester,
} from './queries/read-decision-inputs.ts';
import type { ResolutionRow } from './queries/select-resolutions.ts';
import type { ResolutionStatus } from './tables.ts';

// What deciding (commands/decide-resolutions.ts) and recording (commands/record-decisions.ts) pass
// each other, in a file of its own so neither imports the other's types.

export type ResolutionRequest = {
  personId: string;
  /** The API token the request came with, if any: its ledger entry names the token's creator too. */
  token?: TokenActing | undefined;
  contactId: string;
  type: string;
  amountMinor: number;
  currency: string;
  reason: string;
  idempotencyKey: string;
  orderId?: string | undefined;
  requestApproval: boolean;
};

/** A fresh decision carries its row as the API presents it; a replay is read back by id. */
export type ResolutionDecided = {
  resolutionId: string;
  replayed: boolean;
  notice?: string;
  row?: ResolutionRow;
};

/** A request the engine has decided, with what recording it needs. */
export type DecidedRequest = {
  index: number;
  request: ResolutionRequest;
  requester: Requester;
  organization: DecidingOrganization;
  customer: DecisionCustomer;
  type: ResolutionType;
  resolutionId: string;
  decision: Decision;
  status: ResolutionStatus;
  approval: {
    id: string;
    level: { key: string; rank: number };
    unusedAuthority: boolean;
    isTop: boolean;
  } | null;
};

export type LedgerPosition = { seq: number; hash: string };
