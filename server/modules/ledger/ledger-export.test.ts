import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { spawnNode } from '../../testing/processes.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { appendLedgerEntries } from './commands/append-ledger-entries.ts';

/** Runs the documented verifier on an export, as an auditor would, outside Leeway. */
async function verifyOutside(jsonLines: string): Promise<{ code: number; output: string }> {
  const run = spawnNode(['docs/verify-ledger-export.mjs'], {}, jsonLines);
  // It stops at the first broken entry, before reading the rest.
  run.child.stdin?.on('error', () => {});
  return { code: await run.exited, output: run.output() };
}

/** GET /api/ledger/entries: pages in sequence order, streamed exports, and re-verification outside Leeway. */
describe('exporting the ledger', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let admin: TestClient;

  /** Entries appended the way the app appends them, with data a canonical form has to get right. */
  const append = (count: number, from = 0) =>
    t.ctx.db.transaction().execute((trx) =>
      appendLedgerEntries(
        trx,
        org.id,
        Array.from({ length: count }, (_, i) => ({
          kind: 'resolution.requested' as const,
          at: new Date(Date.UTC(2026, 11, 1, 12, 0, 0, from + i)),
          actorId: i % 2 ? org.people.agent.id : null,
          data: {
            z: 1,
            a: { '10': 'ten', '9': ['nine', null] },
            reason: '=1+2',
            n: from + i,
            é: 'ü',
          },
        })),
      ),
    );

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'audit');
    await createFixtureOrganization(t.ctx.db, 'elsewhere');
    admin = await signIn(t.app, org.people.admin.email);
    await append(2_500);
  });
  afterAll(() => t.close());

  it('streams every entry as JSON Lines, which the documented script re-verifies', async () => {
    const response = await admin.get('/api/ledger/entries', { accept: 'application/x-ndjson' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = response.body.trimEnd().split('\n');
    expect(lines).toHaveLength(2_500);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      seq: 1,
      kind: 'resolution.requested',
      prevHash: '0'.repeat(64),
      data: { reason: '=1+2', n: 0 },
    });
    const verified = await verifyOutside(response.body);
    expect(verified.output).toContain('ok: up to entry 2500');
    expect(verified.code).toBe(0);
  });

  it('re-verifies the entries real requests, approvals and publications wrote', async () => {
    const real = await createFixtureOrganization(t.ctx.db, 'audit-real');
    const agent = await signIn(t.app, real.people.agent.email);
    const contact = await agent.post('/api/contacts', {
      customerId: real.customerId,
      channel: 'call',
    });
    for (const amount of [10_00, 150_00]) {
      const answer = await agent.post(`/api/contacts/${contact.json().contact.id}/resolutions`, {
        type: 'refund',
        amount,
        currency: 'USD',
        reason: '@once "quoted", and\nmultiline',
        idempotencyKey: `audit-real-${amount}`,
      });
      expect(answer.statusCode).toBe(201);
    }
    const realAdmin = await signIn(t.app, real.people.admin.email);
    const exported = await realAdmin.get('/api/ledger/entries', { accept: 'application/x-ndjson' });
    const kinds = exported.body
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line).kind);
    expect(kinds).toContain('resolution.granted_within_authority');
    expect(kinds.length).toBeGreaterThanOrEqual(3);
    const verified = await verifyOutside(exported.body);
    expect(verified.output).toContain(`ok: up to entry ${kinds.length}`);
    expect(verified.code).toBe(0);
  });

  it('fails the script on a tampered line, naming the entry', async () => {
    const lines = (await admin.get('/api/ledger/entries', { accept: 'application/x-ndjson' })).body
      .trimEnd()
      .split('\n');
    const entry = JSON.parse(lines[41]!);
    const edits = [
      { ...entry, data: { ...entry.data, n: 9_999 } },
      { ...entry, at: '2026-12-01T12:00:00.000Z' },
      { ...entry, kind: 'resolution.granted_within_authority' },
    ];
    for (const edited of edits) {
      const tampered = [...lines];
      tampered[41] = JSON.stringify(edited);
      const verified = await verifyOutside(tampered.join('\n'));
      expect(verified.code).toBe(1);
      expect(verified.output).toContain('BROKEN at entry 42');
    }
    const dropped = await verifyOutside(lines.filter((_, i) => i !== 41).join('\n'));
    expect(dropped.code).toBe(1);
    expect(dropped.output).toContain('BROKEN at entry 42');
  });

  it('pages by sequence number exactly once while entries are appended between pages', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    let appended = 0;
    do {
      const response = await admin.get(
        `/api/ledger/entries?limit=400${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(response.statusCode).toBe(200);
      const body = response.json() as {
        entries: Array<{ seq: number }>;
        nextCursor: string | null;
      };
      seen.push(...body.entries.map((e) => e.seq));
      cursor = body.nextCursor;
      if (appended < 3) await append(7, 10_000 + 7 * appended++);
    } while (cursor);
    const head = 2_500 + 7 * appended;
    expect(seen).toEqual(Array.from({ length: head }, (_, i) => i + 1));
  });

  it('starts after a sequence number, keeps to a time window, and refuses a bad cursor', async () => {
    const after = (await admin.get('/api/ledger/entries?afterSeq=2490&limit=5')).json();
    expect(after.entries.map((e: { seq: number }) => e.seq)).toEqual([
      2491, 2492, 2493, 2494, 2495,
    ]);
    const second = (
      await admin.get(`/api/ledger/entries?afterSeq=2490&limit=5&cursor=${after.nextCursor}`)
    ).json();
    expect(second.entries[0].seq).toBe(2496);
    const window = (
      await admin.get(
        '/api/ledger/entries?from=2026-12-01T12:00:00.010Z&to=2026-12-01T12:00:00.013Z',
      )
    ).json();
    expect(window.entries.map((e: { seq: number }) => e.seq)).toEqual([11, 12, 13]);
    expect(window.nextCursor).toBeNull();
    const tampered = Buffer.from(JSON.stringify(['ledger-entries', -1])).toString('base64url');
    const refused = await admin.get(`/api/ledger/entries?cursor=${tampered}`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe('cursor');
    expect((await admin.get('/api/ledger/entries?afterSeq=x')).json().error.field).toBe('afterSeq');
  });

  it('exports CSV with the hash fields and its formula-looking cells made text', async () => {
    const response = await admin.get('/api/ledger/entries?afterSeq=0', { accept: 'text/csv' });
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const records = parse(response.body, { columns: true }) as Array<Record<string, string>>;
    expect(records[0]).toMatchObject({ seq: '1', prevHash: '0'.repeat(64) });
    expect(records[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(records[0]!.data!)).toMatchObject({ reason: '=1+2' });
  });

  // The auditor's reads, by session and by token, are server/modules/tokens/auditor-token.test.ts.
  it('is for admins and auditors only', async () => {
    for (const key of ['manager', 'supervisor', 'agent'] as const) {
      const client = await signIn(t.app, org.people[key].email);
      expect((await client.get('/api/ledger/entries')).statusCode).toBe(403);
    }
  });
});
