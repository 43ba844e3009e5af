import type { Generated } from 'kysely';

import type { CreatedAt, Timestamp } from '../../db/columns.ts';

export type ContactChannel = 'call' | 'chat' | 'email' | 'in_person';

export interface ContactsTable {
  id: Generated<string>;
  organizationId: string;
  customerId: string | null;
  openedBy: string;
  channel: ContactChannel;
  reason: Generated<string>;
  status: Generated<'open' | 'closed'>;
  phone: string | null;
  externalCallId: string | null;
  notes: Generated<string>;
  openedAt: CreatedAt;
  closedAt: Timestamp | null;
}

export interface ContactTables {
  contacts: ContactsTable;
}
