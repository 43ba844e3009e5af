import type { z } from 'zod';

import type { contactSchema } from '../../../contract/contacts.ts';
import type { ContactRow } from './queries/select-contacts.ts';

export function presentContact(row: ContactRow): z.infer<typeof contactSchema> {
  return {
    id: row.id,
    customerId: row.customerId,
    customerName: row.customerName,
    openedBy: { id: row.openedById, name: row.openedByName },
    channel: row.channel,
    reason: row.reason,
    status: row.status,
    phone: row.phone,
    notes: row.notes,
    openedAt: row.openedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}
