import { randomUUID } from 'node:crypto';

import type { Db } from '../../db/database.ts';
import type { Role } from '../../db/schema.ts';
import { hashPassword } from '../auth/password.ts';
import { insertPublishedPolicy } from '../authority/commands/insert-published-policy.ts';
import { generateDemo, type DemoData } from './demo-data.ts';
import { demoPolicy } from './demo-policy.ts';
import { demoLogins, demoOrganization } from './demo-staff.ts';
import { seedDemoKnowledge } from './knowledge/seed-knowledge.ts';
import { seedDemoTraining } from './training/seed-training.ts';

const DIRECTOR_EMAIL = 'director@northwind.example';

export type DemoSeedResult = {
  organizationId: string;
  /** For the start-up banner (server/main.ts prints it above the logins). */
  organizationName: string;
  created: boolean;
  logins: Array<{
    email: string;
    password: string;
    name: string;
    role: Role;
    level: string | null;
    levelName: string | null;
  }>;
};

export type SeedDemoOptions = {
  db: Db;
  /** The demo's history ends here: orders are placed over the three years before it. */
  now: Date;
  /** Called as each step advances: `done` of `total` rows of that step are written. */
  onProgress?: (step: string, done: number, total: number) => void;
};

// 500 rows stay far below the 65,535 bind parameters a statement may carry (customers take 12 a row);
// larger batches measured no faster on PGlite.
const BATCH_SIZE = 500;

/**
 * Creates the Northwind Outfitters demo organization, once. Everything is written in one
 * transaction, so an interrupted first start leaves no half-seeded organization behind.
 */
export async function seedDemo(options: SeedDemoOptions): Promise<DemoSeedResult> {
  const { db, now } = options;
  const progress = options.onProgress ?? (() => {});

  const existing = await findDemoOrganizationId(db);
  if (existing) return result(existing, false);

  // scrypt runs on libuv's thread pool: the hashes are computed while this thread generates and
  // writes the data, and are set on the login accounts last, just before the commit.
  const hashing = hashLoginPasswords();
  // If the transaction fails first, its error is the one to report, not an unobserved rejection.
  hashing.catch(() => undefined);
  const data = generateDemo(now);

  return db.transaction().execute(async (trx) => {
    const organizationId = await insertOrganization(trx, data);
    // Another process seeded between the check above and this insert: theirs stands.
    if (!organizationId) return result(await requireDemoOrganizationId(trx), false);
    progress('organization', 1, 1);

    const personIds = await insertPeople(trx, organizationId, data);
    progress('people', data.people.length, data.people.length);

    const customerIds = await insertCustomers(trx, organizationId, data, personIds, (done) =>
      progress('customers', done, data.customers.length),
    );
    await insertOrders(trx, organizationId, data, customerIds, (done) =>
      progress('orders', done, data.orders.length),
    );

    const passwordHashes = await hashing;
    for (const [email, passwordHash] of passwordHashes) {
      await trx
        .updateTable('people')
        .set({ passwordHash })
        .where('id', '=', idOf(personIds, email))
        .execute();
    }
    progress('logins', passwordHashes.size, passwordHashes.size);

    await insertPublishedPolicy({
      db: trx,
      organizationId,
      document: demoPolicy,
      personId: idOf(personIds, DIRECTOR_EMAIL),
      note: 'First policy: the $100 rule for agents, value-scaled limits at the top.',
      now,
    });
    // Half the agents have passed the goodwill-gift course, so the workspace shows both sides of a certification rule.
    const certified = data.people
      .filter((p) => p.level === 'agent')
      .filter((_, i) => i % 2 === 0)
      .map((p) => idOf(personIds, p.email));
    if (certified.length > 0)
      await trx
        .updateTable('people')
        .set({ certifications: JSON.stringify(['goodwill_gifts']) })
        .where('id', 'in', certified)
        .execute();
    progress('policy', 1, 1);
    await seedDemoKnowledge({ trx, organizationId, now, data, personIds, customerIds });
    progress('knowledge', 1, 1);
    await seedDemoTraining({ trx, organizationId, now, data, personIds });
    return result(organizationId, true);
  });
}

function result(organizationId: string, created: boolean): DemoSeedResult {
  return {
    organizationId,
    organizationName: demoOrganization.name,
    created,
    logins: demoLogins.map((login) => ({ ...login })),
  };
}

async function findDemoOrganizationId(db: Db): Promise<string | undefined> {
  const row = await db
    .selectFrom('organizations')
    .select('id')
    .where('slug', '=', demoOrganization.slug)
    .executeTakeFirst();
  return row?.id;
}

async function requireDemoOrganizationId(db: Db): Promise<string> {
  const id = await findDemoOrganizationId(db);
  if (!id) throw new Error('The demo organization was neither created nor found');
  return id;
}

/** Each login gets its own salt, so there is one hash per person, all computed at once. */
async function hashLoginPasswords(): Promise<Map<string, string>> {
  const hashes = await Promise.all(
    demoLogins.map(async (login) => [login.email, await hashPassword(login.password)] as const),
  );
  return new Map(hashes);
}

async function insertOrganization(trx: Db, data: DemoData): Promise<string | undefined> {
  const { slug, name, timeZone, currency, vision, createdAt } = data.organization;
  const row = await trx
    .insertInto('organizations')
    .values({ slug, name, timeZone, currency, vision, createdAt })
    .onConflict((oc) => oc.column('slug').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Levels, teams and people; returns person ids by email. */
async function insertPeople(
  trx: Db,
  organizationId: string,
  data: DemoData,
): Promise<Map<string, string>> {
  const levelIds = new Map(data.levels.map((level) => [level.key, randomUUID()]));
  await trx
    .insertInto('authorityLevels')
    .values(
      data.levels.map((level) => ({
        id: idOf(levelIds, level.key),
        organizationId,
        key: level.key,
        name: level.name,
        rank: level.rank,
      })),
    )
    .execute();

  // Teams and people point at each other: teams go in first without a lead, which is set once the people exist.
  const teamIds = new Map(data.teams.map((team) => [team, randomUUID()]));
  await trx
    .insertInto('teams')
    .values(
      data.teams.map((team) => ({
        id: idOf(teamIds, team),
        organizationId,
        name: team,
        leadId: null,
      })),
    )
    .execute();

  const personIds = new Map(data.people.map((person) => [person.email, randomUUID()]));
  const optionalId = (ids: Map<string, string>, key: string | null) =>
    key === null ? null : idOf(ids, key);
  await trx
    .insertInto('people')
    .values(
      data.people.map((person) => ({
        id: idOf(personIds, person.email),
        organizationId,
        teamId: optionalId(teamIds, person.team),
        managerId: optionalId(personIds, person.manager),
        levelId: optionalId(levelIds, person.level),
        email: person.email,
        name: person.name,
        role: person.role,
        extension: person.extension,
        // Only the documented demo logins can sign in (their hashes are set at the end); everyone else
        // exists to be managed, routed to and reported on.
        passwordHash: null,
        createdAt: data.organization.createdAt,
      })),
    )
    .execute();

  for (const person of data.people) {
    if (!person.leads) continue;
    await trx
      .updateTable('teams')
      .set({ leadId: idOf(personIds, person.email) })
      .where('id', '=', idOf(teamIds, person.leads))
      .execute();
  }
  return personIds;
}

async function insertCustomers(
  trx: Db,
  organizationId: string,
  data: DemoData,
  personIds: Map<string, string>,
  onBatch: (done: number) => void,
): Promise<Map<string, string>> {
  const customerIds = new Map(data.customers.map((customer) => [customer.ref, randomUUID()]));
  const rows = data.customers.map((c) => ({
    id: idOf(customerIds, c.ref),
    organizationId,
    externalRef: c.ref,
    name: c.name,
    email: c.email,
    phone: c.phone,
    segment: c.segment,
    lifetimeValueMinor: c.lifetimeValueMinor,
    currency: data.organization.currency,
    flags: JSON.stringify(c.flags),
    linkedPersonId: c.linkedPersonEmail ? idOf(personIds, c.linkedPersonEmail) : null,
    createdAt: c.createdAt,
  }));
  await inBatches(rows, (batch) => trx.insertInto('customers').values(batch).execute(), onBatch);
  return customerIds;
}

async function insertOrders(
  trx: Db,
  organizationId: string,
  data: DemoData,
  customerIds: Map<string, string>,
  onBatch: (done: number) => void,
): Promise<void> {
  const rows = data.orders.map((order) => ({
    organizationId,
    customerId: idOf(customerIds, order.customerRef),
    number: order.number,
    placedAt: order.placedAt,
    status: order.status,
    totalMinor: order.totalMinor,
    currency: data.organization.currency,
    items: JSON.stringify(order.items),
  }));
  await inBatches(rows, (batch) => trx.insertInto('orders').values(batch).execute(), onBatch);
}

async function inBatches<T>(
  rows: readonly T[],
  insert: (batch: T[]) => Promise<unknown>,
  onBatch: (done: number) => void,
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    await insert(batch);
    onBatch(start + batch.length);
  }
}

/** The generated data refers to things by key (email, team name, customer ref); a dangling key is a bug in it. */
function idOf<K>(ids: Map<K, string>, key: K): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Demo data refers to unknown ${String(key)}`);
  return id;
}
