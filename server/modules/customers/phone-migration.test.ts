import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { normalizePhone } from '../../../domain/phone.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { migrateDown, migrateToLatest, migrationStatus } from '../../db/migrate.ts';
import { createTestDatabase } from '../../testing/test-database.ts';
import { generateDemo } from '../demo/demo-data.ts';

const MIGRATION = '20261202140000-customer-identity';

/**
 * A live database can hold numbers typed every which way, two customers with one number or e-mail,
 * and text that is no number at all: the migration to E.164 and unique numbers must not fail on any.
 */
describe('the migration to one customer per phone number and e-mail', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
    while ((await migrationStatus(database.db)).applied.includes(MIGRATION))
      await migrateDown(database.db);
  });
  afterAll(() => database.close());

  it('rewrites numbers in E.164; the oldest holder keeps a number or address, the others keep it as displaced', async () => {
    const org = (
      await sql<{
        id: string;
      }>`insert into organizations (slug, name, time_zone, currency, vision) values ('legacy', 'Legacy', 'America/Chicago', 'USD', 'v') returning id`.execute(
        database.db,
      )
    ).rows[0]!.id;
    const rows: Array<[string, string | null, string | null, string]> = [
      ['first', '(312) 555-0100', 'same@example.com', '2026-01-01T00:00:00Z'],
      ['second', '+1 312 555 0100', 'SAME@example.com', '2026-02-01T00:00:00Z'],
      ['garbage', 'ask the front desk', null, '2026-03-01T00:00:00Z'],
      ['abroad', '+44 20 7946 0958', null, '2026-04-01T00:00:00Z'],
      ['clean', '+13125550101', null, '2026-05-01T00:00:00Z'],
    ];
    for (const [ref, phone, email, at] of rows) {
      await sql`insert into customers (organization_id, external_ref, name, phone, email, segment, currency, created_at) values (${org}, ${ref}, ${ref}, ${phone}, ${email}, 'regular', 'USD', ${at})`.execute(
        database.db,
      );
    }

    await migrateToLatest(database.db);

    const after = await database.db
      .selectFrom('customers')
      .select(['externalRef', 'phone', 'email', 'displacedPhone', 'displacedEmail'])
      .where('organizationId', '=', org)
      .orderBy('createdAt')
      .execute();
    expect(after).toEqual([
      {
        externalRef: 'first',
        phone: '+13125550100',
        email: 'same@example.com',
        displacedPhone: null,
        displacedEmail: null,
      },
      {
        externalRef: 'second',
        phone: null,
        email: null,
        displacedPhone: '+1 312 555 0100',
        displacedEmail: 'SAME@example.com',
      },
      {
        externalRef: 'garbage',
        phone: null,
        email: null,
        displacedPhone: 'ask the front desk',
        displacedEmail: null,
      },
      {
        externalRef: 'abroad',
        phone: '+442079460958',
        email: null,
        displacedPhone: null,
        displacedEmail: null,
      },
      {
        externalRef: 'clean',
        phone: '+13125550101',
        email: null,
        displacedPhone: null,
        displacedEmail: null,
      },
    ]);
    // From now on the database itself refuses a second holder, whatever the application checks.
    await expect(
      sql`insert into customers (organization_id, external_ref, name, phone, segment, currency) values (${org}, 'third', 'third', '+13125550100', 'new', 'USD')`.execute(
        database.db,
      ),
    ).rejects.toThrow(/customers_org_phone_key/);
    await expect(
      sql`insert into customers (organization_id, external_ref, name, email, segment, currency) values (${org}, 'fourth', 'fourth', 'Same@Example.com', 'new', 'USD')`.execute(
        database.db,
      ),
    ).rejects.toThrow(/customers_org_email_key/);
  });

  it("seeds demo customers whose numbers are already E.164 and each one customer's", () => {
    const { customers } = generateDemo(new Date('2026-11-20T15:00:00Z'));
    const phones = customers.map((c) => c.phone);
    for (const phone of phones)
      expect(normalizePhone(phone, 'US'), phone).toEqual({ ok: true, e164: phone });
    expect(new Set(phones).size).toBe(phones.length);
  });
});
