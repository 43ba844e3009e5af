import type { Generated } from 'kysely';

import type { Timestamp, UpdatedAt } from '../../db/columns.ts';

/** Whether a person is reachable for approvals: connected, available, away with a delegate. */
export interface PersonPresenceTable {
  personId: string;
  organizationId: string;
  connectedUntil: Timestamp | null;
  available: Generated<boolean>;
  awayUntil: Timestamp | null;
  delegateId: string | null;
  updatedAt: UpdatedAt;
}

export interface AvailabilityTables {
  personPresence: PersonPresenceTable;
}
