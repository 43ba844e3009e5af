import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  addFixturePerson,
  createFixtureOrganization,
  type FixtureOrganization,
} from '../../testing/fixtures.ts';
import {
  createTestApp,
  signIn,
  TestClient,
  type TestClient as Client,
  type TestApp,
} from '../../testing/test-app.ts';

/**
 * An auditor's personal token (POST /api/me/tokens) is how a BI job or an audit firm pulls the
 * evidence: the ledger and the organization's resolutions, streamed, and nothing that acts.
 */
describe("an auditor's personal API token", () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let auditor: Client;
  let job: Client;
  let tokenId: string;
  let resolutionIds: string[];

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'evidence');
    await createFixtureOrganization(t.ctx.db, 'other');
    const agent = await signIn(t.app, org.people.agent.email);
    const contact = (
      await agent.post('/api/contacts', { customerId: org.customerId, channel: 'call' })
    ).json().contact.id as string;
    resolutionIds = [];
    for (const [i, amount] of [10_00, 150_00].entries()) {
      const answer = await agent.post(`/api/contacts/${contact}/resolutions`, {
        type: 'refund',
        amount,
        currency: 'USD',
        reason: 'Late delivery',
        idempotencyKey: `audit-token-${i}`,
      });
      expect(answer.statusCode, answer.body).toBeLessThan(300);
      resolutionIds.push(answer.json().resolution.id);
    }
    auditor = await signIn(
      t.app,
      (await addFixturePerson(t.ctx.db, org, 'auditor', 'auditor')).email,
    );
    const created = await auditor.post('/api/me/tokens', { name: 'Audit firm' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().apiToken.person.name).toBe('Auditor evidence');
    tokenId = created.json().apiToken.id;
    job = new TestClient(t.app, created.json().token);
  });
  afterAll(() => t.close());

  it('streams the ledger as CSV, every entry the JSON pages hold', async () => {
    const pages = await job.get('/api/ledger/entries?limit=1000');
    expect(pages.statusCode, pages.body).toBe(200);
    const entries = pages.json().entries as Array<{ seq: number; hash: string }>;
    expect(entries.length).toBeGreaterThan(2);
    const csv = await job.get('/api/ledger/entries', { accept: 'text/csv' });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="ledger.csv"');
    const records = parse(csv.body, { columns: true }) as Array<{ seq: string; hash: string }>;
    expect(records.map((r) => [Number(r.seq), r.hash])).toEqual(
      entries.map((e) => [e.seq, e.hash]),
    );
  });

  it('streams the ledger as JSON Lines, asked by Accept or by ?format= as a download link does', async () => {
    const byHeader = await job.get('/api/ledger/entries', { accept: 'application/x-ndjson' });
    expect(byHeader.headers['content-disposition']).toBe('attachment; filename="ledger.jsonl"');
    const byQuery = await job.get('/api/ledger/entries?format=jsonl');
    expect(byQuery.statusCode, byQuery.body).toBe(200);
    // A link names its own file (the Audit page puts the range in it), so the header names none.
    expect(byQuery.headers['content-disposition']).toBe('attachment');
    expect(byQuery.body).toBe(byHeader.body);
    const lines = byQuery.body
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ seq: 1, prevHash: '0'.repeat(64) });
    expect(lines.map((l) => l.seq)).toEqual(lines.map((_, i) => i + 1));
  });

  it("streams the organization's resolutions, everyone's, as CSV and JSON Lines", async () => {
    const csv = await job.get('/api/resolutions', { accept: 'text/csv' });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="resolutions.csv"');
    const records = parse(csv.body, { columns: true }) as Array<{ id: string }>;
    // The test clock stands still, so both were made at once and their ids order them.
    expect(records.map((r) => r.id)).toEqual([...resolutionIds].sort());
    const jsonl = await job.get('/api/resolutions?format=jsonl');
    expect(jsonl.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = jsonl.body
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.id)).toEqual([...resolutionIds].sort());
    for (const line of lines) expect(line.requestedBy.id).toBe(org.people.agent.id);
  });

  it('verifies the chain, and does nothing that acts', async () => {
    expect((await job.get('/api/ledger/verify')).json()).toMatchObject({ ok: true });
    const refused = [
      await job.post('/api/contacts', { customerId: org.customerId, channel: 'call' }),
      await job.get(`/api/customers/${org.customerId}`),
      await job.post('/api/invitations', { email: 'x@evidence.test', name: 'X', role: 'agent' }),
      await job.get('/api/tokens'),
    ];
    expect(refused.map((r) => r.statusCode)).toEqual([403, 403, 403, 403]);
  });

  it('cannot make another token: that would outlive its own revocation', async () => {
    const minted = await job.post('/api/me/tokens', { name: 'Copy' });
    expect(minted.statusCode).toBe(403);
    const mine = (await auditor.get('/api/me/tokens')).json().tokens as Array<{ id: string }>;
    expect(mine.map((token) => token.id)).toEqual([tokenId]);
  });

  it('revokes its own tokens only, and a revoked token reads nothing', async () => {
    const admin = await signIn(t.app, org.people.admin.email);
    const adminToken = (await admin.post('/api/tokens', { name: 'BI' })).json().apiToken.id;
    expect((await auditor.delete(`/api/me/tokens/${adminToken}`)).statusCode).toBe(404);
    expect((await auditor.delete(`/api/me/tokens/${tokenId}`)).statusCode).toBe(204);
    expect((await job.get('/api/ledger/entries')).statusCode).toBe(401);
  });
});
