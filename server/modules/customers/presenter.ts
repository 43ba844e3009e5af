import type { z } from 'zod';

import type {
  customerProfileSchema,
  customerSummarySchema,
  orderSchema,
} from '../../../contract/customers.ts';
import type { Customer, Order } from '../../db/schema.ts';
import type { ContactRow } from '../contacts/queries/select-contacts.ts';
import type { ResolutionRow } from '../resolutions/queries/select-resolutions.ts';

export function presentCustomerSummary(c: Customer): z.infer<typeof customerSummarySchema> {
  return {
    id: c.id,
    externalRef: c.externalRef,
    name: c.name,
    email: c.email,
    phone: c.phone,
    segment: c.segment,
    lifetimeValue: { amountMinor: c.lifetimeValueMinor, currency: c.currency },
    flags: c.flags,
    mergedIntoId: c.mergedIntoId,
  };
}

export function presentOrder(o: Order): z.infer<typeof orderSchema> {
  return {
    id: o.id,
    number: o.number,
    placedAt: o.placedAt.toISOString(),
    status: o.status,
    total: { amountMinor: o.totalMinor, currency: o.currency },
    items: o.items,
  };
}

export function presentCustomerProfile(
  c: Customer,
  orders: Order[],
  contacts: ContactRow[],
  resolutions: ResolutionRow[],
): z.infer<typeof customerProfileSchema> {
  return {
    ...presentCustomerSummary(c),
    linkedPersonId: c.linkedPersonId,
    orders: orders.map(presentOrder),
    contacts: contacts.map((k) => ({
      id: k.id,
      channel: k.channel,
      reason: k.reason,
      status: k.status,
      openedBy: { id: k.openedById, name: k.openedByName },
      openedAt: k.openedAt.toISOString(),
    })),
    resolutions: resolutions.map((r) => ({
      id: r.id,
      contactId: r.contactId,
      type: r.type,
      amountMinor: r.amountMinor,
      grantedAmountMinor: r.grantedAmountMinor,
      currency: r.currency,
      status: r.status,
      withinAuthority: r.withinAuthority,
      reason: r.reason,
      requestedBy: { id: r.requestedBy, name: r.requestedByName },
      createdAt: r.createdAt.toISOString(),
    })),
  };
}
