import { sql } from 'kysely';
import type { CompiledPolicy } from '../../../../domain/authority/compile.ts';
import type { AuthorityRequest } from '../../../../domain/authority/decide.ts';
import type { UsageByType } from '../../../../domain/authority/limits-for.ts';
import { UsageTally } from '../../../../domain/authority/usage-tally.ts';
import { startOfDayIn, startOfMonthIn } from '../../../../domain/time-zone.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';

const DAY = 86_400_000;

export async function loadPersonForAuthority(db: Db, organizationId: string, personId: string): Promise<AuthorityRequest['person'] & { name: string }> {
  const row = await db
    .selectFrom('people')
    .leftJoin('authorityLevels', 'authorityLevels.id', 'people.levelId')
    .select(['people.id', 'people.name', 'people.certifications', 'authorityLevels.key as levelKey'])
    .where('people.organizationId', '=', organizationId)
    .where('people.id', '=', personId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('Person');
  return { id: row.id, name: row.name, levelKey: row.levelKey, certifications: row.certifications };
}

export async function loadCustomerForAuthority(db: Db, organizationId: string, customerId: string): Promise<AuthorityRequest['customer'] & { id: string }> {
  const row = await db
    .selectFrom('customers')
    .select(['id', 'lifetimeValueMinor', 'segment', 'flags', 'linkedPersonId'])
    .where('organizationId', '=', organizationId)
    .where('id', '=', customerId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('Customer');
  return { id: row.id, lifetimeValueMinor: row.lifetimeValueMinor, segment: row.segment, flags: row.flags, linkedPersonId: row.linkedPersonId };
}

/** Days since the order was placed, for eligibility conditions; the order must be the customer's. */
export async function loadOrderAgeDays(db: Db, organizationId: string, customerId: string, orderId: string, now: Date): Promise<number> {
  const order = await db
    .selectFrom('orders')
    .select('placedAt')
    .where('organizationId', '=', organizationId)
    .where('customerId', '=', customerId)
    .where('id', '=', orderId)
    .executeTakeFirst();
  if (!order) throw AppError.invalid('orderId', "no such order for this customer");
  return orderAgeInDays(order.placedAt, now);
}

/** Whole days since the order was placed, never negative. */
export function orderAgeInDays(placedAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - placedAt.getTime()) / DAY));
}

/**
 * What the person and the customer have used, per type: the person's own within-authority grants
 * today and this month (in the organization's time zone), the customer's grants over each type's
 * window, and the contact's total.
 */
export async function loadUsage(options: {
  db: Db;
  organizationId: string;
  personId: string;
  customerId: string;
  contactId: string | null;
  cp: CompiledPolicy;
  timeZone: string;
  now: Date;
}): Promise<UsageByType> {
  const { personId, customerId, contactId } = options;
  const tally = await loadUsageTally({ ...options, personIds: [personId], customerIds: [customerId], contactIds: contactId ? [contactId] : [] });
  return tally.byType(personId, customerId, contactId);
}

/**
 * The same for many people, customers and contacts in one query (a batch of decisions). The SQL
 * takes arrays, so its text is the same for every batch size and PostgreSQL plans it once.
 */
export async function loadUsageTally(options: {
  db: Db;
  organizationId: string;
  personIds: string[];
  customerIds: string[];
  contactIds: string[];
  cp: CompiledPolicy;
  timeZone: string;
  now: Date;
}): Promise<UsageTally> {
  const { db, organizationId, cp, now } = options;
  const dayStart = startOfDayIn(options.timeZone, now).toISOString();
  const monthStart = startOfMonthIn(options.timeZone, now).toISOString();
  const windowTypes = cp.types.map((t) => t.key);
  const windowStarts = cp.types.map((t) => new Date(now.getTime() - t.customerWindowDays * DAY).toISOString());

  const rows = await sql<{ scope: 'person' | 'customer' | 'contact'; key: string; type: string | null; first: string; second: string }>`
    select 'person' as scope, r.requested_by as key, r.type,
      coalesce(sum(r.granted_amount_minor) filter (where r.decided_at >= ${dayStart}::timestamptz), 0)::bigint as first,
      coalesce(sum(r.granted_amount_minor), 0)::bigint as second
    from resolutions r
    where r.organization_id = ${organizationId} and r.status = 'granted' and r.within_authority
      and r.requested_by = any(${options.personIds}::uuid[]) and r.decided_at >= ${monthStart}::timestamptz
    group by r.requested_by, r.type
    union all
    select 'customer', r.customer_id, r.type, coalesce(sum(r.granted_amount_minor), 0)::bigint, 0::bigint
    from resolutions r
    join unnest(${windowTypes}::text[], ${windowStarts}::timestamptz[]) as w(type, since) on w.type = r.type
    where r.organization_id = ${organizationId} and r.status = 'granted'
      and r.customer_id = any(${options.customerIds}::uuid[]) and r.decided_at >= w.since
    group by r.customer_id, r.type
    union all
    select 'contact', r.contact_id, null, coalesce(sum(r.granted_amount_minor), 0)::bigint, 0::bigint
    from resolutions r
    where r.organization_id = ${organizationId} and r.status = 'granted' and r.contact_id = any(${options.contactIds}::uuid[])
    group by r.contact_id`.execute(db);

  const tally = new UsageTally();
  for (const row of rows.rows) {
    if (row.scope === 'person') tally.setPerson(row.key, row.type!, Number(row.first), Number(row.second));
    else if (row.scope === 'customer') tally.setCustomer(row.key, row.type!, Number(row.first));
    else tally.setContact(row.key, Number(row.first));
  }
  return tally;
}
