import type { Generated } from 'kysely';

import type { CreatedAt, Json } from '../../db/columns.ts';

/** The outbox of live events (server/realtime writes it in the change's transaction; this module streams it). */
export interface EventsTable {
  id: Generated<number>;
  organizationId: string;
  recipientId: string;
  type: string;
  data: Json<Record<string, unknown>>;
  createdAt: CreatedAt;
}

export interface EventTables {
  events: EventsTable;
}
