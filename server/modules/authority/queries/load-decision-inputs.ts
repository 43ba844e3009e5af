import { sql } from 'kysely';
import type { CompiledPolicy } from '../../../../domain/authority/compile.ts';
import type { AuthorityRequest } from '../../../../domain/authority/decide.ts';
import type { TypeUsage, UsageByType } from '../../../../domain/authority/limits-for.ts';
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
  return Math.max(0, Math.floor((now.getTime() - order.placedAt.getTime()) / DAY));
}

/**
 * What the person and the customer have used, per type: the person's own within-authority grants
 * today and this month (in the organization's time zone), the customer's grants over each type's
 * window, and the contact's total, in one query.
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
  const { db, organizationId, personId, customerId, cp, now } = options;
  const dayStart = startOfDayIn(options.timeZone, now);
  const monthStart = startOfMonthIn(options.timeZone, now);
  const windows = cp.types.map((t) => ({ type: t.key, since: new Date(now.getTime() - t.customerWindowDays * DAY) }));
  const earliest = new Date(Math.min(monthStart.getTime(), ...windows.map((w) => w.since.getTime())));
  const values = sql.join(windows.map((w) => sql`(${w.type}::text, ${w.since.toISOString()}::timestamptz)`));

  // One round trip: the windows per type, and the contact's total as a first row with no type.
  const rows = await sql<{ type: string | null; personDay: number; personMonth: number; customerWindow: number }>`
    select null as type, 0::bigint as person_day, 0::bigint as person_month,
      (select coalesce(sum(c.granted_amount_minor), 0) from resolutions c where c.contact_id = ${options.contactId}::uuid and c.status = 'granted')::bigint as customer_window
    union all
    select r.type,
      coalesce(sum(r.granted_amount_minor) filter (where r.requested_by = ${personId} and r.within_authority and r.decided_at >= ${dayStart.toISOString()}::timestamptz), 0)::bigint,
      coalesce(sum(r.granted_amount_minor) filter (where r.requested_by = ${personId} and r.within_authority and r.decided_at >= ${monthStart.toISOString()}::timestamptz), 0)::bigint,
      coalesce(sum(r.granted_amount_minor) filter (where r.customer_id = ${customerId} and r.decided_at >= w.since), 0)::bigint
    from resolutions r
    join (values ${values}) as w(type, since) on w.type = r.type
    where r.organization_id = ${organizationId}
      and r.status = 'granted'
      and r.decided_at >= ${earliest.toISOString()}::timestamptz
      and (r.requested_by = ${personId} or r.customer_id = ${customerId})
    group by r.type`.execute(db);

  const byType: Record<string, TypeUsage> = {};
  let contactTotalMinor = 0;
  for (const row of rows.rows) {
    if (row.type === null) contactTotalMinor = Number(row.customerWindow);
    else byType[row.type] = { personDayMinor: Number(row.personDay), personMonthMinor: Number(row.personMonth), customerWindowMinor: Number(row.customerWindow) };
  }
  return { contactTotalMinor, byType };
}
