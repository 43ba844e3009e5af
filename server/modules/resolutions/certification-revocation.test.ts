import { randomUUID } from 'node:crypto';

import type { KyselyPlugin } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '../../db/database.ts';
import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestDatabase, testDialect } from '../../testing/test-database.ts';
import { decideResolutions } from './commands/decide-resolutions.ts';
import type { ResolutionDecided, ResolutionRequest } from './decision-types.ts';

/**
 * A goodwill gift is within an Agent's authority only with the goodwill_gifts certification
 * (server/testing/fixture-policy.ts). These tests revoke the certificate between a batch's unlocked
 * read and its write: the write must find the batch stale, and the batch is decided again without it.
 */
describe('a certificate revoked between a batch’s read and its write', () => {
  let database: DatabaseHandle;
  let org: FixtureOrganization;
  const now = new Date('2026-11-20T15:00:00Z');

  beforeAll(async () => {
    database = await createTestDatabase();
    org = await createFixtureOrganization(database.db, 'certified');
  });
  afterAll(() => database?.close());

  /** A new rep at the Agent level with the goodwill_gifts certificate, and a contact of theirs. */
  const certifiedRep = async () => {
    const level = await database.db
      .selectFrom('authorityLevels')
      .select('id')
      .where('organizationId', '=', org.id)
      .where('key', '=', 'agent')
      .executeTakeFirstOrThrow();
    const rep = await database.db
      .insertInto('people')
      .values({
        organizationId: org.id,
        email: `rep-${randomUUID()}@certified.test`,
        name: 'Certified Rep',
        role: 'agent',
        levelId: level.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto('personCertifications')
      .values({
        organizationId: org.id,
        personId: rep.id,
        certification: 'goodwill_gifts',
        issuedAt: new Date('2026-11-01T00:00:00Z'),
      })
      .execute();
    const contact = await database.db
      .insertInto('contacts')
      .values({
        organizationId: org.id,
        customerId: org.customerId,
        openedBy: rep.id,
        channel: 'call',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { repId: rep.id, contactId: contact.id };
  };

  const gift = (personId: string, contactId: string): ResolutionRequest => ({
    personId,
    contactId,
    type: 'goodwill_gift',
    amountMinor: 35_00,
    currency: 'USD',
    reason: 'birthday',
    idempotencyKey: randomUUID(),
    requestApproval: false,
  });

  const decided = (
    outcome: { ok: true; value: ResolutionDecided } | { ok: false; error: unknown },
  ) => {
    if (!outcome.ok) throw outcome.error;
    return outcome.value.row!;
  };

  /** The policy in force, as a batch that follows another knows it: its first read already has the windows. */
  const policyInForce = async () => {
    const policy = await database.db
      .selectFrom('authorityPolicies')
      .select('id')
      .where('organizationId', '=', org.id)
      .where('status', '=', 'published')
      .orderBy('version', 'desc')
      .executeTakeFirstOrThrow();
    return new Map([[org.id, policy.id]]);
  };

  const revokeSql = `update person_certifications set revoked_at = $2 where person_id = $1`;

  /**
   * Runs `change` once, right after the first read of decision inputs returns (the batch then
   * decides on what that read saw), committed outside the batch's connection: PGlite's own query
   * API, or a second connection on PostgreSQL.
   */
  const afterFirstRead = (change: () => Promise<unknown>): KyselyPlugin => {
    let done = false;
    return {
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        const row = args.result.rows[0];
        if (!done && row && 'inputs' in row && 'versions' in row) {
          done = true;
          await change();
        }
        return args.result;
      },
    };
  };

  let other: pg.Client | undefined;
  beforeAll(async () => {
    if (testDialect() !== 'postgres') return;
    other = new pg.Client({ connectionString: database.url! });
    await other.connect();
  });
  afterAll(() => other?.end());

  const commitElsewhere = async (text: string, params: unknown[]) => {
    if (database.pglite) await database.pglite.query(text, params);
    else await other!.query(text, params);
  };

  it('grants a certified rep a goodwill gift within authority when nothing changes', async () => {
    const { repId, contactId } = await certifiedRep();
    const [outcome] = await decideResolutions({
      db: database.db,
      organizationId: org.id,
      requests: [gift(repId, contactId)],
      now,
    });
    expect(decided(outcome!).status).toBe('granted');
  });

  it('finds the batch stale and decides it again: without the certificate the gift needs approval', async () => {
    const { repId, contactId } = await certifiedRep();
    let reads = 0;
    const counting: KyselyPlugin = {
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        if (args.result.rows[0] && 'versions' in args.result.rows[0]) reads++;
        return args.result;
      },
    };
    const db = database.db
      .withPlugin(counting)
      .withPlugin(afterFirstRead(() => commitElsewhere(revokeSql, [repId, now])));
    const [outcome] = await decideResolutions({
      db,
      organizationId: org.id,
      requests: [gift(repId, contactId)],
      now,
      hints: await policyInForce(),
    });
    const row = decided(outcome!);
    expect(row.status).toBe('pending_approval');
    expect(row.withinAuthority).toBe(false);
    expect(reads).toBe(2);
    const written = await database.db
      .selectFrom('resolutions')
      .select('status')
      .where('contactId', '=', contactId)
      .execute();
    expect(written.map((r) => r.status)).toEqual(['pending_approval']);
  });

  it('counts only certificates in force: expired or revoked ones grant nothing', async () => {
    const { repId, contactId } = await certifiedRep();
    await database.db
      .updateTable('personCertifications')
      .set({ expiresAt: new Date(now.getTime() - 1000) })
      .where('personId', '=', repId)
      .execute();
    const [outcome] = await decideResolutions({
      db: database.db,
      organizationId: org.id,
      requests: [gift(repId, contactId)],
      now,
    });
    expect(decided(outcome!).status).toBe('pending_approval');
  });

  describe.runIf(testDialect() === 'postgres')('on PostgreSQL, with a second connection', () => {
    let watcher: pg.Client;
    beforeAll(async () => {
      watcher = new pg.Client({ connectionString: database.url! });
      await watcher.connect();
    });
    afterAll(() => watcher?.end());

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

    it('decides again when a revocation commits while the batch’s write waits for the rep’s row', async () => {
      const { repId, contactId } = await certifiedRep();
      // The revocation is written, not yet committed: its trigger holds the rep's row.
      await other!.query('begin');
      await other!.query(revokeSql, [repId, now]);

      // The batch reads the certificate (the revocation is not committed), decides the gift within
      // authority, and its write waits on the rep's row …
      const deciding = decideResolutions({
        db: database.db,
        organizationId: org.id,
        requests: [gift(repId, contactId)],
        now,
      });
      await waitUntilBlocked('%record_decisions%');
      // … which, once the revocation commits, finds the rep's row changed and decides again.
      await other!.query('commit');
      const [outcome] = await deciding;
      expect(decided(outcome!).status).toBe('pending_approval');
    });
  });
});
