import { sql, type Transaction } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { AuthorityRequest } from '../../../../domain/authority/decide.ts';
import type { Database } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';

// A batch of decisions reads everything it needs in two statements, because under load every round
// trip to PostgreSQL costs a millisecond or more: first the requesters (locked) with the contacts,
// then the customers (locked) with idempotency keys and orders. Ids travel as array parameters
// (`= any($1)`), so the SQL text is the same for any batch size and PostgreSQL plans it once.

export type Requester = { person: AuthorityRequest['person']; name: string };

/** What every request of the organization shares: its calendar, approval time-out, policy in force and level names. */
export type DecidingOrganization = { timeZone: string; approvalTimeoutSeconds: number; policyId: string; levelNames: ReadonlyMap<string, string> };

export type ContactForDecision = { id: string; customerId: string | null; status: string; openedBy: string };

/**
 * The requesters' rows, locked in id order (so two batches never wait on each other in a cycle), with
 * their level and certifications; their organization's settings and the contacts asked about come in
 * the same round trip (those subqueries do not depend on the row, so PostgreSQL runs them once).
 * Missing people and contacts are absent from the maps; `organization` is null when nobody was found.
 */
export async function lockRequesters(
  trx: Transaction<Database>,
  organizationId: string,
  personIds: string[],
  contactIds: string[],
): Promise<{ organization: DecidingOrganization | null; requesters: Map<string, Requester>; contacts: Map<string, ContactForDecision> }> {
  const rows = await trx
    .selectFrom('people')
    .innerJoin('organizations', 'organizations.id', 'people.organizationId')
    .leftJoin('authorityLevels', 'authorityLevels.id', 'people.levelId')
    .select((eb) => [
      'people.id',
      'people.name',
      'people.certifications',
      'authorityLevels.key as levelKey',
      'organizations.timeZone',
      'organizations.approvalTimeoutSeconds',
      eb
        .selectFrom('authorityPolicies')
        .select('authorityPolicies.id')
        .where('authorityPolicies.organizationId', '=', organizationId)
        .where('authorityPolicies.status', '=', 'published')
        .orderBy('authorityPolicies.version', 'desc')
        .limit(1)
        .as('policyId'),
      eb
        .selectFrom('authorityLevels as level')
        // Pairs, not an object: the camel-case plugin would rewrite an object's keys (level keys).
        .select(sql<Array<[string, string]> | null>`json_agg(json_build_array(level.key, level.name))`.as('pairs'))
        .where('level.organizationId', '=', organizationId)
        .as('levelNames'),
      jsonArrayFrom(
        eb
          .selectFrom('contacts')
          .select(['contacts.id', 'contacts.customerId', 'contacts.status', 'contacts.openedBy'])
          .where('contacts.organizationId', '=', organizationId)
          .where('contacts.id', '=', (inner) => inner.fn.any(inner.val(contactIds))),
      ).as('contacts'),
    ])
    .where('people.organizationId', '=', organizationId)
    .where('people.id', '=', (eb) => eb.fn.any(eb.val(personIds)))
    .orderBy('people.id')
    .forUpdate('people')
    .execute();
  const first = rows[0];
  if (!first) return { organization: null, requesters: new Map(), contacts: new Map() };
  if (!first.policyId) throw new AppError('conflict', 'This organization has no published authority policy yet; an admin must publish one');
  return {
    organization: { timeZone: first.timeZone, approvalTimeoutSeconds: first.approvalTimeoutSeconds, policyId: first.policyId, levelNames: new Map(first.levelNames ?? []) },
    requesters: new Map(rows.map((row) => [row.id, { person: { id: row.id, levelKey: row.levelKey, certifications: row.certifications }, name: row.name }])),
    contacts: new Map(first.contacts.map((contact) => [contact.id, contact])),
  };
}

export type LockedCustomer = AuthorityRequest['customer'] & { id: string };

export type PreviousResolution = { id: string; requestedBy: string; idempotencyKey: string; contactId: string; type: string; amountMinor: number; currency: string };

export const idempotencyKeyOf = (personId: string, idempotencyKey: string) => `${personId} ${idempotencyKey}`;

/**
 * The customers' rows, locked after the requesters' (always in that order, each in id order), as the
 * engine sees them; in the same round trip, the resolutions already made under these idempotency keys
 * (by `idempotencyKeyOf`) and the orders named, with when each was placed and whose it is.
 */
export async function lockCustomers(
  trx: Transaction<Database>,
  organizationId: string,
  options: { customerIds: string[]; keys: Array<{ personId: string; idempotencyKey: string }>; orderIds: string[] },
): Promise<{ customers: Map<string, LockedCustomer>; previous: Map<string, PreviousResolution>; orders: Map<string, { customerId: string; placedAt: Date }> }> {
  const row = await trx
    .selectNoFrom((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('customers')
          .select(['customers.id', 'customers.lifetimeValueMinor', 'customers.segment', 'customers.flags', 'customers.linkedPersonId'])
          .where('customers.organizationId', '=', organizationId)
          .where('customers.id', '=', (inner) => inner.fn.any(inner.val(options.customerIds)))
          .orderBy('customers.id')
          .forUpdate(),
      ).as('customers'),
      jsonArrayFrom(
        eb
          .selectFrom('resolutions')
          .select(['resolutions.id', 'resolutions.requestedBy', 'resolutions.idempotencyKey', 'resolutions.contactId', 'resolutions.type', 'resolutions.amountMinor', 'resolutions.currency'])
          .where('resolutions.organizationId', '=', organizationId)
          .where('resolutions.requestedBy', '=', (inner) => inner.fn.any(inner.val(options.keys.map((k) => k.personId))))
          .where('resolutions.idempotencyKey', '=', (inner) => inner.fn.any(inner.val(options.keys.map((k) => k.idempotencyKey)))),
      ).as('previous'),
      jsonArrayFrom(
        eb
          .selectFrom('orders')
          // As epoch milliseconds: inside JSON a timestamp would arrive as a string.
          .select(['orders.id', 'orders.customerId', sql<number>`(extract(epoch from orders.placed_at) * 1000)::float8`.as('placedAtMs')])
          .where('orders.organizationId', '=', organizationId)
          .where('orders.id', '=', (inner) => inner.fn.any(inner.val(options.orderIds))),
      ).as('orders'),
    ])
    .executeTakeFirstOrThrow();
  return {
    customers: new Map(row.customers.map((c) => [c.id, { id: c.id, lifetimeValueMinor: Number(c.lifetimeValueMinor), segment: c.segment, flags: c.flags, linkedPersonId: c.linkedPersonId }])),
    previous: new Map(row.previous.map((p) => [idempotencyKeyOf(p.requestedBy, p.idempotencyKey), { ...p, amountMinor: Number(p.amountMinor) }])),
    orders: new Map(row.orders.map((o) => [o.id, { customerId: o.customerId, placedAt: new Date(o.placedAtMs) }])),
  };
}
