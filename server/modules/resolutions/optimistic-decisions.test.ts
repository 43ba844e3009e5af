import { randomUUID } from 'node:crypto';

import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '../../db/database.ts';
import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestDatabase, testDialect } from '../../testing/test-database.ts';
import { decideResolutions } from './commands/decide-resolutions.ts';
import { recordDecisions } from './commands/record-decisions.ts';
import { type DecisionScope } from './decision-scope.ts';
import type { ResolutionDecided, ResolutionRequest } from './decision-types.ts';
import { readDecisionInputs } from './queries/read-decision-inputs.ts';

/**
 * A batch is decided on an unlocked read and written only if nothing it read has changed since.
 * These tests change things between the read and the write and check that no budget is overspent.
 */
describe('decisions read unlocked, written only on unchanged inputs', () => {
  let database: DatabaseHandle;
  let org: FixtureOrganization;
  const now = new Date('2026-11-20T15:00:00Z');

  beforeAll(async () => {
    database = await createTestDatabase();
    org = await createFixtureOrganization(database.db, 'optimistic');
  });
  afterAll(() => database?.close());

  const openContact = async (personId = org.people.agent.id) =>
    (
      await database.db
        .insertInto('contacts')
        .values({
          organizationId: org.id,
          customerId: org.customerId,
          openedBy: personId,
          channel: 'call',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  const refund = (
    contactId: string,
    amountMinor: number,
    personId = org.people.agent.id,
  ): ResolutionRequest => ({
    personId,
    contactId,
    type: 'refund',
    amountMinor,
    currency: 'USD',
    reason: 'late parcel',
    idempotencyKey: randomUUID(),
    requestApproval: false,
  });

  const decided = (
    outcome: { ok: true; value: ResolutionDecided } | { ok: false; error: unknown },
  ) => {
    if (!outcome.ok) throw outcome.error;
    return outcome.value.row!;
  };

  /** A grant written by someone else (another instance, say) straight into the table. */
  const grantElsewhere = (
    db: { insertInto: DatabaseHandle['db']['insertInto'] },
    contactId: string,
    amountMinor: number,
  ) =>
    db
      .insertInto('resolutions')
      .values({
        organizationId: org.id,
        contactId,
        customerId: org.customerId,
        requestedBy: org.people.agent.id,
        type: 'refund',
        amountMinor,
        currency: 'USD',
        idempotencyKey: randomUUID(),
        status: 'granted',
        grantedAmountMinor: amountMinor,
        withinAuthority: true,
        policyVersion: 1,
        decision: '{}',
        createdAt: now,
        decidedAt: now,
      })
      .execute();

  /** A new rep at the Agent level ($500 a day), so earlier tests' grants do not count. */
  const freshAgent = async () => {
    const level = await database.db
      .selectFrom('authorityLevels')
      .select('id')
      .where('organizationId', '=', org.id)
      .where('key', '=', 'agent')
      .executeTakeFirstOrThrow();
    return database.db
      .insertInto('people')
      .values({
        organizationId: org.id,
        email: `rep-${randomUUID()}@optimistic.test`,
        name: 'New Rep',
        role: 'agent',
        levelId: level.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  };

  const ownDayUsage = async (personId: string) =>
    Number(
      (
        await sql<{
          total: number;
        }>`select coalesce(sum(granted_minor), 0)::bigint as total from person_daily_usage where person_id = ${personId}`.execute(
          database.db,
        )
      ).rows[0]!.total,
    );

  it('refuses to write a batch whose requester was granted something after the read, and writes nothing', async () => {
    const contactId = await openContact();
    const scope: DecisionScope = {
      organizationId: org.id,
      personIds: [org.people.agent.id],
      contactIds: [contactId],
      keys: [],
      orderIds: [],
      now,
      windows: null,
    };
    const before = await readDecisionInputs(database.db, scope, { lock: false });
    const unchanged = await readDecisionInputs(database.db, scope, { lock: false });
    expect(unchanged.versions).toBe(before.versions);

    await grantElsewhere(database.db, contactId, 10_00);
    const after = await readDecisionInputs(database.db, scope, { lock: false });
    expect(after.versions).not.toBe(before.versions);

    const count = async () =>
      (
        await database.db
          .selectFrom('resolutions')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('contactId', '=', contactId)
          .executeTakeFirstOrThrow()
      ).n;
    const written = await recordDecisions({
      db: database.db,
      scope,
      expected: before.versions,
      decided: [],
      now,
    });
    expect(written.stale).toBe(true);
    expect(Number(await count())).toBe(1);
  });

  it("sees an approver's answer for the same customer as a change, though it leaves the rep's own budget alone", async () => {
    const contactId = await openContact(org.people.agent2.id);
    const [asked] = await decideResolutions({
      db: database.db,
      organizationId: org.id,
      requests: [{ ...refund(contactId, 150_00, org.people.agent2.id) }],
      now,
    });
    const pending = decided(asked!);
    expect(pending.status).toBe('pending_approval');
    const ownBefore = await ownDayUsage(org.people.agent2.id);

    const scope: DecisionScope = {
      organizationId: org.id,
      personIds: [org.people.agent.id],
      contactIds: [await openContact()],
      keys: [],
      orderIds: [],
      now,
      windows: null,
    };
    const before = await readDecisionInputs(database.db, scope, { lock: false });
    // What an approval does to the resolution: granted, but not within the rep's own authority.
    await database.db
      .updateTable('resolutions')
      .set({ status: 'granted', grantedAmountMinor: 150_00, decidedAt: now })
      .where('id', '=', pending.id)
      .execute();
    expect((await readDecisionInputs(database.db, scope, { lock: false })).versions).not.toBe(
      before.versions,
    );
    expect(await ownDayUsage(org.people.agent2.id)).toBe(ownBefore);
  });

  it("counts a rep's own grants per local day: the trigger keeps the daily totals that budgets are read from", async () => {
    const contactId = await openContact(org.people.agent2.id);
    const before = await ownDayUsage(org.people.agent2.id);
    const [first] = await decideResolutions({
      db: database.db,
      organizationId: org.id,
      requests: [refund(contactId, 40_00, org.people.agent2.id)],
      now,
    });
    expect(decided(first!).status).toBe('granted');
    expect((await ownDayUsage(org.people.agent2.id)) - before).toBe(40_00);
  });

  it('decides under locks, in a transaction, when asked to skip the unlocked attempts', async () => {
    const contactId = await openContact(org.people.agent2.id);
    const outcomes = await decideResolutions({
      db: database.db,
      organizationId: org.id,
      requests: [
        refund(contactId, 25_00, org.people.agent2.id),
        refund(contactId, 30_00, org.people.agent2.id),
      ],
      now,
      unlockedAttempts: 0,
    });
    expect(outcomes.map((o) => decided(o).status)).toEqual(['granted', 'granted']);
    const written = await database.db
      .selectFrom('resolutions')
      .select('amountMinor')
      .where('contactId', '=', contactId)
      .orderBy('amountMinor')
      .execute();
    expect(written.map((r) => r.amountMinor)).toEqual([25_00, 30_00]);
  });

  describe.runIf(testDialect() === 'postgres')('on PostgreSQL, with a second connection', () => {
    // `other` writes in a transaction of its own; `watcher` looks at the server's activity.
    let other: pg.Client;
    let watcher: pg.Client;
    beforeAll(async () => {
      other = new pg.Client({ connectionString: database.url! });
      watcher = new pg.Client({ connectionString: database.url! });
      await Promise.all([other.connect(), watcher.connect()]);
    });
    afterAll(() => Promise.all([other?.end(), watcher?.end()]));

    const waitUntilBlocked = async (pattern: string) => {
      for (let i = 0; i < 500; i++) {
        const { rows } = await watcher.query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like $1`,
          [pattern],
        );
        if (rows[0]!.n > 0) return;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`nothing blocked on ${pattern}`);
    };

    it('decides again, on fresh usage, when a grant commits between its read and its write', async () => {
      const rep = await freshAgent();
      const contactId = await openContact(rep.id);

      // Another writer holds the rep's row and grants $480 of the $500 day, not yet committed.
      await other.query('begin');
      await other.query('select 1 from people where id = $1 for no key update', [rep.id]);
      await other.query(
        `insert into resolutions (organization_id, contact_id, customer_id, requested_by, type, amount_minor, currency, idempotency_key, status, granted_amount_minor, within_authority, policy_version, decision, created_at, decided_at)
         values ($1, $2, $3, $4, 'refund', 48000, 'USD', $5, 'granted', 48000, true, 1, '{}', $6, $6)`,
        [org.id, contactId, org.customerId, rep.id, randomUUID(), now],
      );

      // The batch reads $0 used (the grant is not committed), decides $30 within authority, and its
      // write waits on the rep's row …
      const deciding = decideResolutions({
        db: database.db,
        organizationId: org.id,
        requests: [refund(contactId, 30_00, rep.id)],
        now,
      });
      await waitUntilBlocked('%record_decisions%');
      // … which, once the other grant commits, finds the rep's usage changed and decides again: $510
      // would be over the day, so it goes for approval.
      await other.query('commit');
      const [outcome] = await deciding;
      expect(decided(outcome!).status).toBe('pending_approval');
      expect(await ownDayUsage(rep.id)).toBe(480_00);
    });

    it('never overspends a budget when twenty batches of one rep race on their own connections, unlocked or locked', async () => {
      for (const unlockedAttempts of [3, 0]) {
        const rep = await freshAgent();
        const contactId = await openContact(rep.id);
        // $30 each: sixteen fit in the $500 day.
        const outcomes = await Promise.all(
          Array.from({ length: 20 }, () =>
            decideResolutions({
              db: database.db,
              organizationId: org.id,
              requests: [refund(contactId, 30_00, rep.id)],
              now,
              unlockedAttempts,
            }),
          ),
        );
        const statuses = outcomes.map(([o]) => decided(o!).status);
        expect(statuses.filter((s) => s === 'granted')).toHaveLength(16);
        expect(statuses.filter((s) => s === 'pending_approval')).toHaveLength(4);
        expect(await ownDayUsage(rep.id)).toBe(480_00);
      }
    });
  });
});
