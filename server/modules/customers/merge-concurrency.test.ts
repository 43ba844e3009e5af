import { randomUUID } from 'node:crypto';

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServer, type RunningServer } from '../../boot.ts';
import { loadConfig } from '../../config.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { fixturePolicy } from '../../testing/fixture-policy.ts';
import {
  createFixtureOrganization,
  FIXTURE_PASSWORD,
  type FixtureOrganization,
} from '../../testing/fixtures.ts';
import { HttpSession } from '../../testing/http-client.ts';
import { createTestDatabase } from '../../testing/test-database.ts';
import { insertPublishedPolicy } from '../authority/commands/insert-published-policy.ts';

/**
 * A merge while two reps are granting on both records, over a real port (on PostgreSQL, on real
 * connections): decisions lock people, then customers; the merge locks the customers only. Nothing may
 * deadlock or fail, and the running totals must end up equal to the grants they sum.
 */
describe('merging customers while reps grant on both', () => {
  let database: DatabaseHandle;
  let server: RunningServer;
  let org: FixtureOrganization;
  beforeAll(async () => {
    database = await createTestDatabase();
    org = await createFixtureOrganization(database.db, 'merge-race');
    await insertPublishedPolicy({
      db: database.db,
      organizationId: org.id,
      personId: org.people.admin.id,
      note: 'windows',
      now: new Date(),
      document: {
        ...fixturePolicy,
        rules: fixturePolicy.rules.map((r) =>
          r.type === 'refund' && r.level === 'agent' ? { ...r, perCustomerMinor: 150_00 } : r,
        ),
      },
    });
    server = await startServer({
      config: loadConfig({
        PORT: '0',
        LOG_LEVEL: 'silent',
        WEB_DIST_DIR: '/nonexistent',
        DATABASE_POOL_SIZE: '30',
      }),
      database,
      logger: false,
    });
  });
  afterAll(() => server?.close());

  it('keeps every request answered and the totals equal to the grants', async () => {
    const customer = async (name: string) =>
      (
        await database.db
          .insertInto('customers')
          .values({
            organizationId: org.id,
            externalRef: randomUUID(),
            name,
            segment: 'regular',
            lifetimeValueMinor: 0,
            currency: 'USD',
            flags: '[]',
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const [survivor, duplicate] = [
      await customer('Race Survivor'),
      await customer('Race Duplicate'),
    ];
    const reps = await Promise.all(
      [org.people.agent.email, org.people.agent2.email].map((email) =>
        HttpSession.signIn(server.url, email, FIXTURE_PASSWORD),
      ),
    );
    const admin = await HttpSession.signIn(server.url, org.people.admin.email, FIXTURE_PASSWORD);
    const contacts: Array<{ rep: HttpSession; id: string }> = [];
    for (const rep of reps) {
      for (const customerId of [survivor, duplicate]) {
        contacts.push({
          rep,
          id: (
            await rep.json<{ contact: { id: string } }>('POST', '/api/contacts', {
              customerId,
              channel: 'call',
            })
          ).body.contact.id,
        });
      }
    }

    const grants = Array.from({ length: 24 }, (_, i) => {
      const { rep, id } = contacts[i % contacts.length]!;
      return rep.json<{ resolution: { status: string } }>(
        'POST',
        `/api/contacts/${id}/resolutions`,
        {
          type: 'refund',
          amount: 10_00,
          currency: 'USD',
          reason: 'race',
          idempotencyKey: randomUUID(),
        },
      );
    });
    const merge = admin.json('POST', `/api/customers/${survivor}/merge`, {
      duplicateId: duplicate,
    });
    const answers = await Promise.all(grants);
    const merged = await merge;

    expect(answers.map((a) => a.status)).toEqual(Array(24).fill(201));
    // Each record alone stays inside its $150 window, so nothing waits for approval on the duplicate.
    expect(merged.status).toBe(200);
    const totals = await sql<{ customer_id: string; granted: number; counted: number }>`
      select c.id as customer_id,
        (select coalesce(sum(granted_amount_minor), 0) from resolutions r where r.customer_id = c.id and r.status = 'granted')::int as granted,
        (select coalesce(sum(granted_minor), 0) from customer_daily_usage d where d.customer_id = c.id)::int as counted
      from customers c where c.id in (${survivor}, ${duplicate})`.execute(database.db);
    for (const row of totals.rows) expect(row.counted, row.customer_id).toBe(row.granted);
    const own = await sql<{ granted: number; counted: number }>`
      select
        (select coalesce(sum(granted_amount_minor), 0) from resolutions where organization_id = ${org.id} and status = 'granted' and within_authority)::int as granted,
        (select coalesce(sum(granted_minor), 0) from person_daily_usage where organization_id = ${org.id})::int as counted`.execute(
      database.db,
    );
    expect(own.rows[0]!.counted).toBe(own.rows[0]!.granted);
    expect(
      await database.db
        .selectFrom('resolutions')
        .select('id')
        .where('customerId', '=', duplicate)
        .execute(),
    ).toEqual([]);
  });
});
