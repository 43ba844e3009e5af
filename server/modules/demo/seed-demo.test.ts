import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '../../db/database.ts';
import { createTestDatabase } from '../../testing/test-database.ts';
import { trainerToday } from '../assignments/queries/trainer-today.ts';
import { trainingProgress } from '../assignments/queries/training-progress.ts';
import { verifyPassword } from '../auth/password.ts';
import { generateDemo } from './demo-data.ts';
import { seedDemo, type DemoSeedResult } from './seed-demo.ts';

const now = new Date('2026-11-22T15:30:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

let handle: DatabaseHandle;
let seeded: DemoSeedResult;
const completedSteps: string[] = [];

beforeAll(async () => {
  handle = await createTestDatabase();
  seeded = await seedDemo({
    db: handle.db,
    now,
    onProgress: (step, done, total) => {
      if (done === total) completedSteps.push(step);
    },
  });
}, 120_000);

afterAll(async () => {
  await handle?.close();
});

async function countRows(): Promise<Record<string, number>> {
  const tables = [
    'organizations',
    'authorityLevels',
    'teams',
    'people',
    'customers',
    'orders',
  ] as const;
  const counts = await Promise.all(
    tables.map((table) =>
      handle.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ),
  );
  return Object.fromEntries(tables.map((table, i) => [table, Number(counts[i]?.n)]));
}

async function loadPeople() {
  return handle.db
    .selectFrom('people')
    .leftJoin('authorityLevels', 'authorityLevels.id', 'people.levelId')
    .select([
      'people.id',
      'people.email',
      'people.name',
      'people.role',
      'people.managerId',
      'people.teamId',
      'people.passwordHash',
      'people.extension',
      'authorityLevels.key as level',
    ])
    .where('people.organizationId', '=', seeded.organizationId)
    .execute();
}

describe('seedDemo', () => {
  it('creates Northwind Outfitters with its vision of service', async () => {
    expect(seeded.created).toBe(true);
    expect(completedSteps).toEqual([
      'organization',
      'people',
      'customers',
      'orders',
      'logins',
      'policy',
      'knowledge',
    ]);
    const org = await handle.db
      .selectFrom('organizations')
      .selectAll()
      .where('id', '=', seeded.organizationId)
      .executeTakeFirstOrThrow();
    expect(org).toMatchObject({
      slug: 'northwind',
      name: 'Northwind Outfitters',
      currency: 'USD',
      timeZone: 'America/Chicago',
    });
    expect(seeded.organizationName).toBe('Northwind Outfitters');
    const sentences = org.vision.split(/(?<=[.!?])\s+/).filter(Boolean);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(4);
  });

  it('writes the expected number of rows', async () => {
    const counts = await countRows();
    const expectedOrders = generateDemo(now).orders.length;
    expect(counts).toEqual({
      organizations: 1,
      authorityLevels: 5,
      teams: 3,
      people: 26,
      customers: 2000,
      orders: expectedOrders,
    });
    expect(expectedOrders).toBeGreaterThanOrEqual(10_000);
    expect(expectedOrders).toBeLessThanOrEqual(15_000);
  });

  it('has the five authority levels in rank order', async () => {
    const levels = await handle.db
      .selectFrom('authorityLevels')
      .select(['key', 'name', 'rank'])
      .orderBy('rank')
      .execute();
    expect(levels).toEqual([
      { key: 'agent', name: 'Agent', rank: 1 },
      { key: 'senior_agent', name: 'Senior agent', rank: 2 },
      { key: 'supervisor', name: 'Supervisor', rank: 3 },
      { key: 'manager', name: 'Manager', rank: 4 },
      { key: 'director', name: 'Director', rank: 5 },
    ]);
  });

  it('staffs the contact centre with the documented mix of levels and roles', async () => {
    const people = await loadPeople();
    const tally = (f: (p: (typeof people)[number]) => string) =>
      people.reduce<Record<string, number>>(
        (acc, p) => ({ ...acc, [f(p)]: (acc[f(p)] ?? 0) + 1 }),
        {},
      );
    expect(tally((p) => `${p.level}/${p.role}`)).toEqual({
      'director/approver': 1,
      'manager/approver': 2,
      'manager/admin': 1,
      'supervisor/team_leader': 3,
      'senior_agent/agent': 3,
      'senior_agent/approver': 2,
      'senior_agent/trainer': 1,
      'agent/agent': 12,
      'null/auditor': 1,
    });
    expect(new Set(people.map((p) => p.extension)).size).toBe(people.length);
    for (const p of people) expect(p.email).toMatch(/^[a-z]+(\.[a-z]+)?@northwind\.example$/);

    const teams = await handle.db.selectFrom('teams').select(['id', 'name', 'leadId']).execute();
    for (const team of teams) {
      const lead = people.find((p) => p.id === team.leadId);
      expect(lead, team.name).toMatchObject({ role: 'team_leader', teamId: team.id });
    }
  });

  it('gives the demo logins the demo password, each hashed with its own salt, and nobody else a password', async () => {
    const people = await loadPeople();
    expect(seeded.logins.map((l) => l.email)).toEqual(
      ['agent', 'senior', 'supervisor', 'manager', 'director', 'admin', 'trainer', 'auditor'].map(
        (k) => `${k}@northwind.example`,
      ),
    );
    await Promise.all(
      seeded.logins.map(async (login) => {
        const person = people.find((p) => p.email === login.email);
        expect(person, login.email).toMatchObject({
          name: login.name,
          role: login.role,
          level: login.level,
        });
        expect(await verifyPassword(login.password, person?.passwordHash ?? ''), login.email).toBe(
          true,
        );
        expect(
          await verifyPassword('not-the-password', person?.passwordHash ?? ''),
          login.email,
        ).toBe(false);
      }),
    );
    expect(seeded.logins.find((l) => l.email === 'agent@northwind.example')?.name).toBe(
      'Bryan Ortiz',
    );
    const hashes = people.flatMap((p) => (p.passwordHash ? [p.passwordHash] : []));
    expect(hashes).toHaveLength(seeded.logins.length);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('has manager chains that all end at the Director, without loops', async () => {
    const people = await loadPeople();
    const byId = new Map(people.map((p) => [p.id, p]));
    const director = people.filter((p) => p.level === 'director');
    expect(director).toHaveLength(1);
    expect(director[0]?.managerId).toBeNull();
    for (const person of people) {
      const seen = new Set<string>();
      let current = person;
      while (current.managerId) {
        expect(seen.has(current.id), `loop above ${person.email}`).toBe(false);
        seen.add(current.id);
        const manager = byId.get(current.managerId);
        expect(manager, `manager of ${current.email}`).toBeDefined();
        if (!manager) break;
        current = manager;
      }
      expect(current.id, person.email).toBe(director[0]?.id);
    }
    // Reps report to the supervisor who leads their team.
    const teams = await handle.db.selectFrom('teams').select(['id', 'leadId']).execute();
    for (const rep of people.filter(
      (p) => p.level === 'agent' || (p.level === 'senior_agent' && p.role !== 'trainer'),
    )) {
      expect(rep.managerId, rep.email).toBe(teams.find((t) => t.id === rep.teamId)?.leadId);
    }
  });

  it('generates realistic customers: unique E.164 phones, a sensible segment mix, a few flags and relatives of reps', async () => {
    const customers = await handle.db
      .selectFrom('customers')
      .selectAll()
      .where('organizationId', '=', seeded.organizationId)
      .execute();
    const phones = customers.map((c) => c.phone);
    expect(new Set(phones).size).toBe(customers.length);
    for (const phone of phones) expect(phone).toMatch(/^\+1\d{3}555\d{4}$/);
    for (const c of customers) {
      expect(c.externalRef).toMatch(/^C-1\d{5}$/);
      if (c.email) expect(c.email).toMatch(/@example\.(com|net|org)$/);
    }
    const share = (segment: string) =>
      customers.filter((c) => c.segment === segment).length / customers.length;
    expect(share('new')).toBeCloseTo(0.3, 1);
    expect(share('regular')).toBeCloseTo(0.45, 1);
    expect(share('loyal')).toBeCloseTo(0.2, 1);
    expect(share('vip')).toBeCloseTo(0.05, 1);
    const flagged = customers.filter((c) => c.flags.length > 0).length;
    expect(flagged).toBeGreaterThanOrEqual(10);
    expect(flagged).toBeLessThanOrEqual(40);
    for (const c of customers)
      for (const flag of c.flags) expect(['abuse_suspected', 'chargeback_history']).toContain(flag);

    const linked = customers.filter((c) => c.linkedPersonId);
    expect(linked.map((c) => c.name).sort()).toEqual(['Elena Ortiz', 'Kwame Osei']);
    const people = await loadPeople();
    expect(
      people.find((p) => p.id === linked.find((c) => c.name === 'Elena Ortiz')?.linkedPersonId)
        ?.name,
    ).toBe('Bryan Ortiz');

    // VIPs are worth the attention: their lifetime value is in the thousands of dollars.
    for (const vip of customers.filter((c) => c.segment === 'vip')) {
      expect(vip.lifetimeValueMinor).toBeGreaterThanOrEqual(5_000_00);
      expect(vip.lifetimeValueMinor).toBeLessThanOrEqual(40_000_00);
    }
  });

  it("keeps every customer's lifetime value equal to their non-cancelled orders (so at least what they spent)", async () => {
    const mismatches = await sql<{ externalRef: string }>`
      select c.external_ref
      from customers c left join orders o on o.customer_id = c.id
      group by c.id
      having c.lifetime_value_minor <> coalesce(sum(o.total_minor) filter (where o.status <> 'cancelled'), 0)`.execute(
      handle.db,
    );
    expect(mismatches.rows).toEqual([]);
  });

  it('writes orders whose totals add up, numbered in the order they were placed, over the three years before now', async () => {
    const orders = await handle.db
      .selectFrom('orders')
      .select(['number', 'placedAt', 'status', 'totalMinor', 'items', 'currency'])
      .orderBy('number')
      .execute();
    const statuses = new Set([
      'delivered',
      'shipped',
      'in_fulfilment',
      'processing',
      'returned',
      'cancelled',
    ]);
    // Problems are collected rather than asserted one by one: 11,000 expect() calls are slow and a list reads better.
    const problems: string[] = [];
    let previous = 0;
    for (const order of orders) {
      const sum = order.items.reduce(
        (total, item) => total + item.quantity * item.unitPriceMinor,
        0,
      );
      const placed = order.placedAt.getTime();
      if (!/^NW-\d{6}$/.test(order.number)) problems.push(`${order.number}: badly formed number`);
      if (!statuses.has(order.status)) problems.push(`${order.number}: status ${order.status}`);
      if (order.currency !== 'USD' || order.items.length === 0)
        problems.push(`${order.number}: currency or items`);
      if (!Number.isInteger(order.totalMinor) || order.totalMinor !== sum)
        problems.push(`${order.number}: total ${order.totalMinor} ≠ ${sum}`);
      if (placed < previous) problems.push(`${order.number}: numbered out of order`);
      if (placed > now.getTime() || placed < now.getTime() - 3 * 366 * DAY)
        problems.push(`${order.number}: placed ${order.placedAt.toISOString()}`);
      previous = placed;
    }
    expect(problems).toEqual([]);
    expect(orders.filter((o) => o.status === 'delivered').length / orders.length).toBeGreaterThan(
      0.8,
    );
  });

  it("includes Sarah Mitchell, found by phone, with yesterday's order already in fulfilment", async () => {
    const sarah = await handle.db
      .selectFrom('customers')
      .selectAll()
      .where('phone', '=', '+13125550100')
      .executeTakeFirstOrThrow();
    expect(sarah).toMatchObject({
      name: 'Sarah Mitchell',
      segment: 'regular',
      externalRef: 'C-100001',
    });
    const latest = await handle.db
      .selectFrom('orders')
      .selectAll()
      .where('customerId', '=', sarah.id)
      .orderBy('placedAt', 'desc')
      .executeTakeFirstOrThrow();
    expect(latest.status).toBe('in_fulfilment');
    expect(latest.placedAt.getTime()).toBe(now.getTime() - DAY);
  });

  it('does nothing the second time, and says so', async () => {
    const before = await countRows();
    const again = await seedDemo({ db: handle.db, now: new Date(now.getTime() + 7 * DAY) });
    expect(again).toEqual({ ...seeded, created: false });
    expect(await countRows()).toEqual(before);
  });
});

describe('generateDemo', () => {
  it('is deterministic: the same instant gives the same demo, and another instant only moves the dates', () => {
    const a = generateDemo(now);
    expect(generateDemo(now)).toEqual(a);
    const later = generateDemo(new Date(now.getTime() + 30 * DAY));
    expect(
      later.customers.map((c) => [c.ref, c.name, c.phone, c.segment, c.lifetimeValueMinor]),
    ).toEqual(a.customers.map((c) => [c.ref, c.name, c.phone, c.segment, c.lifetimeValueMinor]));
  });

  it('publishes the demo authority policy as version 1, and certifies half the agents for goodwill gifts', async () => {
    const policies = await handle.db
      .selectFrom('authorityPolicies')
      .select(['version', 'status'])
      .where('organizationId', '=', seeded.organizationId)
      .execute();
    expect(policies).toEqual([{ version: 1, status: 'published' }]);
    const bryan = await handle.db
      .selectFrom('people')
      .select('certifications')
      .where('email', '=', 'agent@northwind.example')
      .executeTakeFirstOrThrow();
    expect(bryan.certifications).toEqual(['goodwill_gifts']);
  });

  it('has four published courses with progress, certificates expiring soon and assignments for the trainer', async () => {
    const organizationId = seeded.organizationId;
    const courses = await handle.db
      .selectFrom('trainingCourses')
      .select(['title', 'state'])
      .where('organizationId', '=', organizationId)
      .orderBy('title')
      .execute();
    expect(courses.map((c) => [c.title, c.state])).toEqual([
      ['Calm under pressure', 'published'],
      ['Empowerment at Northwind', 'published'],
      ['Goodwill gifts', 'published'],
      ['Refunds and replacements', 'published'],
    ]);
    const progress = await trainingProgress({ db: handle.db, organizationId, now });
    expect(progress.teams).toHaveLength(3);
    expect(progress.teams.every((t) => t.attempts > 0 && t.passRate !== null)).toBe(true);
    expect(progress.coverage.map((c) => c.type)).toEqual(['refund', 'goodwill_gift']);
    expect(progress.expiring.length).toBeGreaterThanOrEqual(2);
    expect(progress.questions.some((q) => q.mostPickedWrong !== null)).toBe(true);
    const today = await trainerToday({ db: handle.db, organizationId, now });
    expect(today.overdue.count).toBeGreaterThan(0);
    expect(today.dueSoon.count).toBeGreaterThan(0);
    expect(today.expiring.count).toBe(progress.expiring.length);
  });
});
