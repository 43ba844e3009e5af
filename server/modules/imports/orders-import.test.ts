import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fixturePolicy } from '../../testing/fixture-policy.ts';
import type { FixtureOrganization } from '../../testing/fixtures.ts';
import { signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { insertPublishedPolicy } from '../authority/commands/insert-published-policy.ts';
import { createImportsTestOrganization } from './testing/imports-test-app.ts';
import { uploadCsv } from './testing/upload.ts';

const customersCsv = [
  'external_ref,name,email,phone,segment,lifetime_value,flags,linked_person_email',
  'V-1,Valued Customer,valued@example.com,,vip,5000.00,,',
].join('\n');
const ordersHeader = 'external_ref,customer_ref,placed_at,status,total,currency,items';
const ordersCsv = [
  ordersHeader,
  'O-RECENT,V-1,2026-11-18T10:00:00Z,delivered,263.50,USD,TENT-2|Two-person tent|1|249.00;PEG|Pegs|10|1.45',
  'O-OLD,V-1,2026-08-01T09:30:00-05:00,delivered,40,USD,',
  'O-YEN,V-1,2026-11-01T00:00:00Z,delivered,1200,JPY,',
].join('\n');

describe('importing orders, and the engine reading what was imported', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let admin: TestClient;

  beforeAll(async () => {
    ({ t, org, admin } = await createImportsTestOrganization('ord'));
    // Agents decide refunds up to $100 plus 10% of the customer's lifetime value (every level alike, at most $2,000),
    // and only on orders placed within 30 days; older ones go to a supervisor.
    await insertPublishedPolicy({
      db: t.ctx.db,
      organizationId: org.id,
      personId: org.people.manager.id,
      note: 'value and order age',
      now: new Date('2026-11-01T00:00:00Z'),
      document: {
        ...fixturePolicy,
        rules: fixturePolicy.rules.map((rule) =>
          rule.type === 'refund'
            ? { ...rule, valueScaling: { lifetimeValueBasisPoints: 1_000, maxMinor: 2_000_00 } }
            : rule,
        ),
        conditions: [
          {
            id: 'recent_order',
            description: 'The order was placed within 30 days',
            types: ['refund'],
            check: { kind: 'max_order_age_days', days: 30 },
            whenFails: { outcome: 'needs_approval', level: 'supervisor' },
          },
        ],
      },
    });
    const customers = (await uploadCsv(t.app, admin, 'customers', customersCsv)).json().import;
    expect((await admin.post(`/api/imports/${customers.id}/apply`)).statusCode).toBe(200);
  });
  afterAll(() => t?.close());

  const orders = () =>
    t.ctx.db
      .selectFrom('orders')
      .selectAll()
      .where('organizationId', '=', org.id)
      .orderBy('number')
      .execute();

  it('checks each order: its customer, its time, its money in its currency, its items', async () => {
    const csv = [
      ordersHeader,
      'O-1,NOBODY,2026-11-18T10:00:00Z,delivered,10.00,USD,',
      'O-2,V-1,2026-11-18 10:00,delivered,10.00,USD,',
      'O-3,V-1,2026-11-18T10:00:00Z,delivered,10.5,JPY,',
      'O-4,V-1,2026-11-18T10:00:00Z,Delivered,10.00,usd,',
      'O-5,V-1,2026-11-18T10:00:00Z,delivered,10.00,USD,SKU|Name|two|1.00',
      'O-6,V-1,2027-06-01T00:00:00Z,delivered,10.00,USD,',
    ].join('\n');
    const before = await orders();
    const report = (await uploadCsv(t.app, admin, 'orders', csv)).json().import;
    expect(report.errors.map((e: { line: number; column: string }) => [e.line, e.column])).toEqual([
      [2, 'customer_ref'],
      [3, 'placed_at'],
      [4, 'total'],
      [5, 'status'],
      [5, 'currency'],
      [6, 'items'],
      [7, 'placed_at'],
    ]);
    expect(report.errors[2].message).toBe('this currency has no decimals');
    expect(await orders()).toEqual(before);
  });

  it('creates orders for imported customers, exactly, and a second run changes nothing', async () => {
    const dry = (await uploadCsv(t.app, admin, 'orders', ordersCsv)).json().import;
    expect(dry).toMatchObject({ created: 3, updated: 0, unchanged: 0, errorCount: 0 });
    expect((await orders()).map((o) => o.number)).not.toContain('O-RECENT');
    const applied = await admin.post(`/api/imports/${dry.id}/apply`);
    expect(applied.json().import).toMatchObject({ status: 'applied', created: 3 });
    const rows = await orders();
    expect(rows.find((o) => o.number === 'O-RECENT')).toMatchObject({
      totalMinor: 263_50,
      currency: 'USD',
      placedAt: new Date('2026-11-18T10:00:00Z'),
      items: [
        { sku: 'TENT-2', name: 'Two-person tent', quantity: 1, unitPriceMinor: 249_00 },
        { sku: 'PEG', name: 'Pegs', quantity: 10, unitPriceMinor: 1_45 },
      ],
    });
    expect(rows.find((o) => o.number === 'O-OLD')!.placedAt).toEqual(
      new Date('2026-08-01T14:30:00Z'),
    );
    expect(rows.find((o) => o.number === 'O-YEN')).toMatchObject({
      totalMinor: 1200,
      currency: 'JPY',
    });

    const again = (await uploadCsv(t.app, admin, 'orders', ordersCsv)).json().import;
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    await admin.post(`/api/imports/${again.id}/apply`);
    expect(await orders()).toEqual(rows);
  });

  it("decides with the imported lifetime value and the imported order's age at once", async () => {
    const customer = (await admin.get('/api/customers?q=V-1')).json().customers[0];
    const profile = (await admin.get(`/api/customers/${customer.id}`)).json().customer;
    const orderId = (number: string) =>
      profile.orders.find((o: { number: string }) => o.number === number).id;
    const agent = await signIn(t.app, org.people.agent.email);
    const contact = (
      await agent.post('/api/contacts', { customerId: customer.id, channel: 'call' })
    ).json().contact.id;
    const request = (key: string, order: string) =>
      agent.post(`/api/contacts/${contact}/resolutions`, {
        type: 'refund',
        amount: 300_00,
        currency: 'USD',
        reason: 'damaged tent',
        idempotencyKey: key,
        orderId: orderId(order),
      });
    // $300 is past the agent's $100, within $100 + 10% of the imported $5,000.
    const recent = await request('import-recent', 'O-RECENT');
    expect(recent.statusCode, recent.body).toBe(201);
    expect(recent.json().resolution.status).toBe('granted');
    const old = await request('import-old', 'O-OLD');
    expect(old.json().resolution.status).toBe('pending_approval');
  });
});
