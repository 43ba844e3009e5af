import type { Db } from '../db/database.ts';
import type { Role } from '../db/schema.ts';
import { hashPassword } from '../modules/auth/password.ts';
import { insertPublishedPolicy } from '../modules/authority/commands/insert-published-policy.ts';
import { fixturePolicy } from './fixture-policy.ts';

export const FIXTURE_PASSWORD = 'correct horse battery';

export const fixtureLevels = [
  { key: 'agent', name: 'Agent', rank: 1 },
  { key: 'senior_agent', name: 'Senior agent', rank: 2 },
  { key: 'supervisor', name: 'Supervisor', rank: 3 },
  { key: 'manager', name: 'Manager', rank: 4 },
] as const;

type FixturePersonKey = 'agent' | 'agent2' | 'supervisor' | 'manager' | 'admin' | 'trainer';

const fixturePeople: Array<{
  key: FixturePersonKey;
  role: Role;
  level: string;
  manager?: FixturePersonKey;
}> = [
  { key: 'manager', role: 'approver', level: 'manager' },
  { key: 'supervisor', role: 'team_leader', level: 'supervisor', manager: 'manager' },
  { key: 'agent', role: 'agent', level: 'agent', manager: 'supervisor' },
  { key: 'agent2', role: 'agent', level: 'agent', manager: 'supervisor' },
  { key: 'admin', role: 'admin', level: 'manager' },
  { key: 'trainer', role: 'trainer', level: 'senior_agent', manager: 'manager' },
];

export type FixtureOrganization = {
  id: string;
  slug: string;
  teamId: string;
  people: Record<FixturePersonKey, { id: string; email: string }>;
  customerId: string;
  orderId: string;
};

let passwordHash: Promise<string> | undefined;

/** A small organization with one of each role, a team, a customer and an order; emails are `<key>@<slug>.test`. */
export async function createFixtureOrganization(
  db: Db,
  slug: string,
): Promise<FixtureOrganization> {
  // One hash for all fixture people: tests check login behaviour, not salt uniqueness, and scrypt is slow.
  passwordHash ??= hashPassword(FIXTURE_PASSWORD);
  const hash = await passwordHash;
  const org = await db
    .insertInto('organizations')
    .values({
      slug,
      name: `Org ${slug}`,
      currency: 'USD',
      timeZone: 'America/Chicago',
      vision: `Vision of ${slug}`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const levels = await db
    .insertInto('authorityLevels')
    .values(fixtureLevels.map((l) => ({ ...l, organizationId: org.id })))
    .returning(['id', 'key'])
    .execute();
  const levelId = (key: string) => levels.find((l) => l.key === key)!.id;
  const team = await db
    .insertInto('teams')
    .values({ organizationId: org.id, name: 'Front line' })
    .returning('id')
    .executeTakeFirstOrThrow();

  const people = {} as FixtureOrganization['people'];
  for (const p of fixturePeople) {
    const email = `${p.key}@${slug}.test`;
    const row = await db
      .insertInto('people')
      .values({
        organizationId: org.id,
        email,
        name: `${p.key[0]!.toUpperCase()}${p.key.slice(1)} ${slug}`,
        role: p.role,
        levelId: levelId(p.level),
        teamId: team.id,
        managerId: p.manager ? people[p.manager].id : null,
        passwordHash: hash,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    people[p.key] = { id: row.id, email };
  }
  await db
    .updateTable('teams')
    .set({ leadId: people.supervisor.id })
    .where('id', '=', team.id)
    .execute();

  const customer = await db
    .insertInto('customers')
    .values({
      organizationId: org.id,
      externalRef: `C-${slug}`,
      name: `Customer of ${slug}`,
      phone: '+13125550199',
      segment: 'regular',
      lifetimeValueMinor: 120_00,
      currency: 'USD',
      flags: '[]',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const order = await db
    .insertInto('orders')
    .values({
      organizationId: org.id,
      customerId: customer.id,
      number: `NW-${slug}`,
      placedAt: new Date('2026-11-18T12:00:00Z'),
      status: 'processing',
      totalMinor: 120_00,
      currency: 'USD',
      items: '[]',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertPublishedPolicy({
    db,
    organizationId: org.id,
    document: fixturePolicy,
    personId: people.admin.id,
    note: 'fixture',
    now: new Date('2026-01-01T00:00:00Z'),
  });
  return { id: org.id, slug, teamId: team.id, people, customerId: customer.id, orderId: order.id };
}

/**
 * Adds someone of `role` to a fixture organization, with no level, team or manager (e.g. an auditor,
 * whom the fixture's one-of-each does not include, so counts elsewhere stay as they are); their
 * email is `<key>@<slug>.test`.
 */
export async function addFixturePerson(
  db: Db,
  org: FixtureOrganization,
  key: string,
  role: Role,
): Promise<{ id: string; email: string }> {
  passwordHash ??= hashPassword(FIXTURE_PASSWORD);
  const email = `${key}@${org.slug}.test`;
  const row = await db
    .insertInto('people')
    .values({
      organizationId: org.id,
      email,
      name: `${key[0]!.toUpperCase()}${key.slice(1)} ${org.slug}`,
      role,
      passwordHash: await passwordHash,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, email };
}
