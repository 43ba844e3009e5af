import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';

/**
 * What someone with raw database access can do to the ledger (a superuser may switch the append-only
 * triggers off), and what verify answers. Each test gets its own organization, so its chain is its own.
 */
describe('ledger verification', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** An organization whose ledger has entries appended the way users append them: resolutions over HTTP. */
  async function organizationWithLedger(slug: string, resolutions = 5): Promise<{ org: FixtureOrganization; admin: TestClient; agent: TestClient }> {
    const org = await createFixtureOrganization(t.ctx.db, slug);
    const agent = await signIn(t.app, org.people.agent.email);
    const admin = await signIn(t.app, org.people.admin.email);
    await appendResolutions(agent, org, resolutions);
    return { org, admin, agent };
  }

  async function appendResolutions(agent: TestClient, org: FixtureOrganization, count: number): Promise<Array<{ ledgerSeq: number }>> {
    const contact = await agent.post('/api/contacts', { customerId: org.customerId, channel: 'call', reason: 'Damaged jacket' });
    expect(contact.statusCode).toBe(201);
    const receipts = [];
    for (let i = 0; i < count; i++) {
      const response = await agent.post(`/api/contacts/${contact.json().contact.id}/resolutions`, { type: 'refund', amount: 10_00, currency: 'USD', reason: 'Arrived damaged', idempotencyKey: randomUUID() });
      expect(response.statusCode).toBe(201);
      receipts.push(response.json().resolution.receipt);
    }
    return receipts;
  }

  /** What an attacker with superuser access does: switch the append-only trigger off, write, switch it back on. */
  async function withoutAppendOnly(work: () => Promise<unknown>): Promise<void> {
    await sql`alter table ledger_entries disable trigger ledger_entries_no_update`.execute(t.ctx.db);
    try {
      await work();
    } finally {
      await sql`alter table ledger_entries enable trigger ledger_entries_no_update`.execute(t.ctx.db);
    }
  }

  const headOf = (organizationId: string) => t.ctx.db.selectFrom('ledgerHeads').selectAll().where('organizationId', '=', organizationId).executeTakeFirstOrThrow();

  it('finds the last five entries missing, naming the first missing sequence number', async () => {
    const { org, admin } = await organizationWithLedger('truncated');
    const head = await headOf(org.id);
    expect(head.seq).toBeGreaterThan(5);
    expect((await admin.get('/api/ledger/verify')).json()).toMatchObject({ ok: true, entries: head.seq });

    await withoutAppendOnly(() => sql`delete from ledger_entries where organization_id = ${org.id} and seq > ${head.seq - 5}`.execute(t.ctx.db));

    const verified = (await admin.get('/api/ledger/verify')).json();
    expect(verified).toMatchObject({ ok: false, entries: head.seq - 5, firstBrokenSeq: head.seq - 4 });
    expect(verified.problem).toContain(`the head records ${head.seq}`);
  });

  it('names the missing sequence number of a gap, and of an entry whose content was changed', async () => {
    const { org, admin } = await organizationWithLedger('gapped');
    await withoutAppendOnly(() => sql`delete from ledger_entries where organization_id = ${org.id} and seq = 3`.execute(t.ctx.db));
    expect((await admin.get('/api/ledger/verify')).json()).toMatchObject({ ok: false, entries: 2, firstBrokenSeq: 3 });

    const { org: edited, admin: editedAdmin } = await organizationWithLedger('edited');
    await withoutAppendOnly(() => sql`update ledger_entries set data = '{"amountMinor":1}' where organization_id = ${edited.id} and seq = 4`.execute(t.ctx.db));
    expect((await editedAdmin.get('/api/ledger/verify')).json()).toMatchObject({ ok: false, entries: 3, firstBrokenSeq: 4, problem: expect.stringContaining('content') });
  });
});
