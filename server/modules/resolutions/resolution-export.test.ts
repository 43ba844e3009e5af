import { randomUUID } from 'node:crypto';

import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';

/** GET /api/resolutions: keyset pages, the reach of each role, and the CSV and JSON Lines exports. */
describe('listing and exporting resolutions', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let agent: TestClient;
  let admin: TestClient;
  let teamLeader: TestClient;
  let template: string;
  let outsiderId: string;

  /**
   * `count` copies of the first real resolution, in one statement: they share one `created_at` to the
   * microsecond, so paging has to break the tie by id, and cannot round the time to milliseconds.
   */
  async function cloneResolutions(
    count: number,
    changes: { reason?: string; requestedBy?: string; type?: string } = {},
  ): Promise<string[]> {
    const rows = await sql<{ id: string }>`
      insert into resolutions (organization_id, contact_id, customer_id, requested_by, type,
        amount_minor, currency, reason, idempotency_key, status, granted_amount_minor,
        within_authority, policy_version, decision, decided_by, decided_at)
      select organization_id, contact_id, customer_id,
        coalesce(${changes.requestedBy ?? null}::uuid, requested_by), coalesce(${changes.type ?? null}::text, type),
        amount_minor, currency, coalesce(${changes.reason ?? null}::text, reason), gen_random_uuid()::text,
        status, granted_amount_minor,
        within_authority, policy_version, decision, decided_by, decided_at
      from resolutions, generate_series(1, ${count})
      where id = ${template}
      returning id`.execute(t.ctx.db);
    return rows.rows.map((r) => r.id);
  }

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'exports');
    agent = await signIn(t.app, org.people.agent.email);
    admin = await signIn(t.app, org.people.admin.email);
    teamLeader = await signIn(t.app, org.people.supervisor.email);
    const contact = await agent.post('/api/contacts', {
      customerId: org.customerId,
      channel: 'call',
    });
    const granted = await agent.post(`/api/contacts/${contact.json().contact.id}/resolutions`, {
      type: 'refund',
      amount: 10_00,
      currency: 'USD',
      reason: 'Arrived damaged',
      idempotencyKey: randomUUID(),
    });
    expect(granted.statusCode).toBe(201);
    template = granted.json().resolution.id;
    // Someone in a team the supervisor does not lead.
    const otherTeam = await t.ctx.db
      .insertInto('teams')
      .values({ organizationId: org.id, name: 'Night shift' })
      .returning('id')
      .executeTakeFirstOrThrow();
    outsiderId = (
      await t.ctx.db
        .insertInto('people')
        .values({
          organizationId: org.id,
          email: 'outsider@exports.test',
          name: 'Outsider',
          role: 'agent',
          teamId: otherTeam.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => t.close());

  /** Follows nextCursor to the end, running `between` after each page. */
  async function everyPage(
    client: TestClient,
    query: string,
    between: (page: number) => Promise<unknown> = async () => {},
  ): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    let page = 0;
    do {
      const url = `/api/resolutions?${query}${cursor ? `&cursor=${cursor}` : ''}`;
      const response = await client.get(url);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json() as {
        resolutions: Array<{ id: string }>;
        nextCursor: string | null;
      };
      ids.push(...body.resolutions.map((r) => r.id));
      cursor = body.nextCursor;
      await between(++page);
    } while (cursor);
    return ids;
  }

  it('pages through every resolution exactly once while others are inserted between pages', async () => {
    const before = [template, ...(await cloneResolutions(23))];
    const inserted: string[] = [];
    const seen = await everyPage(admin, 'limit=5', async () => {
      inserted.push(...(await cloneResolutions(3)));
    });
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of before) expect(seen).toContain(id);
    // Inserted after the page that was being read, so later in the order: each seen once, too.
    for (const id of inserted.slice(0, -3)) expect(seen).toContain(id);
  });

  it('pages exactly once while requests are made in parallel through the API', async () => {
    const before = await everyPage(admin, 'limit=500');
    const contact = await agent.post('/api/contacts', {
      customerId: org.customerId,
      channel: 'chat',
    });
    const requests = Array.from({ length: 12 }, () =>
      agent.post(`/api/contacts/${contact.json().contact.id}/resolutions`, {
        type: 'refund',
        amount: 1_00,
        currency: 'USD',
        reason: 'Late',
        idempotencyKey: randomUUID(),
      }),
    );
    const [seen, answers] = await Promise.all([everyPage(admin, 'limit=4'), Promise.all(requests)]);
    expect(
      answers.map((a) => a.statusCode),
      answers[0]!.body,
    ).toEqual(answers.map(() => 201));
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of before) expect(seen).toContain(id);
    const after = await everyPage(admin, 'limit=500');
    for (const answer of answers) expect(after).toContain(answer.json().resolution.id);
  });

  it('refuses a tampered or foreign cursor with a 400 naming cursor', async () => {
    const first = (await admin.get('/api/resolutions?limit=1')).json().nextCursor as string;
    const [list, time, id] = JSON.parse(Buffer.from(first, 'base64url').toString()) as string[];
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const cursor of [
      `${first.slice(0, -2)}!!`,
      'bm90IGpzb24',
      forged([list, time, "' or 1=1 --"]),
      forged([list, '2026-11-20 15:00:00', id]),
      forged(['ledger-entries', 3]),
      forged([list, time]),
      forged({ list, time, id }),
    ]) {
      const response = await admin.get(`/api/resolutions?cursor=${encodeURIComponent(cursor)}`);
      expect(response.statusCode, cursor).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'validation_failed', field: 'cursor' });
    }
    expect((await admin.get(`/api/resolutions?cursor=${first}`)).statusCode).toBe(200);
  });

  it('names the field of a bad filter', async () => {
    for (const [query, field] of [
      ['from=yesterday', 'from'],
      ['status=approved', 'status'],
      ['personId=42', 'personId'],
      ['limit=501', 'limit'],
    ]) {
      const response = await admin.get(`/api/resolutions?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.field).toBe(field);
    }
  });

  it('filters by time, status, type and person', async () => {
    const [walkIn] = await cloneResolutions(1, { type: 'walk_in_credit' });
    const [theirs] = await cloneResolutions(1, { requestedBy: outsiderId });
    expect(await everyPage(admin, 'type=walk_in_credit')).toEqual([walkIn]);
    expect(await everyPage(admin, `personId=${outsiderId}`)).toEqual([theirs]);
    expect(await everyPage(admin, 'status=denied')).toEqual([]);
    expect(await everyPage(admin, `to=${encodeURIComponent('2000-01-01T00:00:00Z')}`)).toEqual([]);
    expect((await everyPage(admin, 'from=2000-01-01T00:00:00Z')).length).toBeGreaterThan(2);
  });

  it("keeps a team leader to their teams' requests, and gives admins and approvers all", async () => {
    const [theirs] = await cloneResolutions(1, { requestedBy: outsiderId, reason: 'night shift' });
    const approver = await signIn(t.app, org.people.manager.email);
    expect(await everyPage(admin, 'limit=500')).toContain(theirs);
    expect(await everyPage(approver, 'limit=500')).toContain(theirs);
    const led = await everyPage(teamLeader, 'limit=500');
    expect(led).toContain(template);
    expect(led).not.toContain(theirs);
    expect(await everyPage(teamLeader, `personId=${outsiderId}`)).toEqual([]);
    const csv = (await teamLeader.get('/api/resolutions', { accept: 'text/csv' })).body;
    expect(csv).not.toContain(theirs);
    expect(csv).toContain(template);
    expect((await agent.get('/api/resolutions')).statusCode).toBe(403);
  });

  it('exports CSV with formula-looking cells made text', async () => {
    const hostile = [
      '=HYPERLINK("http://evil.test","click")',
      '+1+2',
      '-2+3',
      '@SUM(A1:A2)',
      '\t=1',
      '\r=1',
    ];
    const ids: string[] = [];
    for (const reason of hostile) ids.push(...(await cloneResolutions(1, { reason })));
    const response = await admin.get('/api/resolutions?type=refund', { accept: 'text/csv' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const records = parse(response.body, { columns: true }) as Array<Record<string, string>>;
    for (const [i, reason] of hostile.entries()) {
      const record = records.find((r) => r.id === ids[i])!;
      expect(record.reason).toBe(`'${reason}`);
    }
    const plain = records.find((r) => r.id === template)!;
    expect(plain).toMatchObject({
      reason: 'Arrived damaged',
      amountMinor: '1000',
      currency: 'USD',
      status: 'granted',
      requestedById: org.people.agent.id,
    });
  });

  it('streams a few thousand resolutions as JSON Lines, a batch at a time, in order', async () => {
    await cloneResolutions(3_000);
    const expected = (
      await t.ctx.db
        .selectFrom('resolutions')
        .select('id')
        .where('organizationId', '=', org.id)
        .orderBy('createdAt')
        .orderBy('id')
        .execute()
    ).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(3_000);
    const response = await admin.get('/api/resolutions', { accept: 'application/x-ndjson' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = response.body
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.id)).toEqual(expected);
    expect(lines.find((l) => l.id === template)).toMatchObject({
      id: template,
      status: 'granted',
      currency: 'USD',
    });
    const csv = parse((await admin.get('/api/resolutions', { accept: 'text/csv' })).body, {
      columns: true,
    }) as Array<{ id: string }>;
    expect(csv.map((r) => r.id)).toEqual(expected);
  });
});
