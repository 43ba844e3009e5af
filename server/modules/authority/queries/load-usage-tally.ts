import { sql } from 'kysely';

import type { CompiledPolicy } from '../../../../domain/authority/compile.ts';
import { UsageTally } from '../../../../domain/authority/usage-tally.ts';
import type { Db } from '../../../db/database.ts';
import { usageWindows } from '../usage-windows.ts';

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
