import { sql } from 'kysely';

import type { CompiledPolicy } from '../../../../domain/authority/compile.ts';
import type { AuthorityRequest } from '../../../../domain/authority/decide.ts';
import type { UsageByType } from '../../../../domain/authority/limits-for.ts';
import { UsageTally } from '../../../../domain/authority/usage-tally.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';

const DAY = 86_400_000;

export async function loadPersonForAuthority(
  db: Db,
  organizationId: string,
  personId: string,
): Promise<AuthorityRequest['person'] & { name: string }> {
  const row = await db
    .selectFrom('people')
    .leftJoin('authorityLevels', 'authorityLevels.id', 'people.levelId')
    .select([
      'people.id',
      'people.name',
      // The list on the row and the certificates in force, as a batch's decisions read them.
      sql<string[]>`held_certifications(people.id, people.certifications, now())`.as(
        'certifications',
      ),
      'authorityLevels.key as levelKey',
    ])
    .where('people.organizationId', '=', organizationId)
    .where('people.id', '=', personId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('Person');
  return { id: row.id, name: row.name, levelKey: row.levelKey, certifications: row.certifications };
}

/** The customer as the engine sees them; `lock` holds their row until the caller's transaction ends. */
export async function loadCustomerForAuthority(
  db: Db,
  organizationId: string,
  customerId: string,
  options: { lock?: boolean } = {},
): Promise<AuthorityRequest['customer'] & { id: string }> {
  const row = await db
    .selectFrom('customers')
    .select(['id', 'lifetimeValueMinor', 'segment', 'flags', 'linkedPersonId'])
    .where('organizationId', '=', organizationId)
    .where('id', '=', customerId)
    .$if(options.lock === true, (query) => query.forNoKeyUpdate())
    .executeTakeFirst();
  if (!row) throw AppError.notFound('Customer');
  return {
    id: row.id,
    lifetimeValueMinor: row.lifetimeValueMinor,
    segment: row.segment,
    flags: row.flags,
    linkedPersonId: row.linkedPersonId,
  };
}

/** Days since the order was placed, for eligibility conditions; the order must be the customer's. */
export async function loadOrderAgeDays(
  db: Db,
  organizationId: string,
  customerId: string,
  orderId: string,
  now: Date,
): Promise<number> {
  const order = await db
    .selectFrom('orders')
    .select('placedAt')
    .where('organizationId', '=', organizationId)
    .where('customerId', '=', customerId)
    .where('id', '=', orderId)
    .executeTakeFirst();
  if (!order) throw AppError.invalid('orderId', 'no such order for this customer');
  return orderAgeInDays(order.placedAt, now);
}

/** Whole days since the order was placed, never negative. */
export function orderAgeInDays(placedAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - placedAt.getTime()) / DAY));
}

/**
 * What the person and the customer have used, per type: the person's own within-authority grants
 * today and this month (in the organization's time zone, which the database applies), the customer's
 * grants over each type's window, and the contact's total.
 */
export async function loadUsage(options: {
  db: Db;
  organizationId: string;
  personId: string;
  customerId: string;
  contactId: string | null;
  cp: CompiledPolicy;
  now: Date;
}): Promise<UsageByType> {
  const { personId, customerId, contactId } = options;
  const tally = await loadUsageTally({
    ...options,
    personIds: [personId],
    customerIds: [customerId],
    contactIds: contactId ? [contactId] : [],
  });
  return tally.byType(personId, customerId, contactId);
}

/** The instants each type's customer window starts at (the day and month are the database's to work out, in the organization's time zone). */
export type UsageWindows = { types: string[]; starts: string[] };

export function usageWindows(cp: CompiledPolicy, now: Date): UsageWindows {
  return {
    types: cp.types.map((t) => t.key),
    starts: cp.types.map((t) => new Date(now.getTime() - t.customerWindowDays * DAY).toISOString()),
  };
}

/**
 * The same for many people, customers and contacts in one query, through the database function
 * `decision_usage`: the one definition of usage, which a batch of decisions reads and re-checks too.
 */
export async function loadUsageTally(options: {
  db: Db;
  organizationId: string;
  personIds: string[];
  customerIds: string[];
  contactIds: string[];
  cp: CompiledPolicy;
  now: Date;
}): Promise<UsageTally> {
  const w = usageWindows(options.cp, options.now);
  const rows = await sql<{
    scope: 'person' | 'customer' | 'contact';
    key: string;
    type: string | null;
    first: number;
    second: number;
  }>`
    select * from decision_usage(${options.organizationId}::uuid, ${options.personIds}::uuid[], ${options.customerIds}::uuid[], ${options.contactIds}::uuid[],
      ${options.now.toISOString()}::timestamptz, ${w.types}::text[], ${w.starts}::timestamptz[])`.execute(
    options.db,
  );

  const tally = new UsageTally();
  for (const row of rows.rows) {
    if (row.scope === 'person')
      tally.setPerson(row.key, row.type!, Number(row.first), Number(row.second));
    else if (row.scope === 'customer') tally.setCustomer(row.key, row.type!, Number(row.first));
    else tally.setContact(row.key, Number(row.first));
  }
  return tally;
}
