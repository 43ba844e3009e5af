import { sql } from 'kysely';

import type { Db } from '../../server/db/database.ts';
import { hashPassword } from '../../server/modules/auth/password.ts';
import { insertPublishedPolicy } from '../../server/modules/authority/commands/insert-published-policy.ts';
import { insertGrantHistory } from './bench-history.ts';

export const BENCH_PASSWORD = 'bench password 1';

/** `contacts[i]` are the open contacts of `agents[i]`, each with a different customer. */
export type BenchOrg = {
  agents: string[];
  approver: string;
  admin: string;
  customerIds: string[];
  contacts: string[][];
};

/**
 * A contact centre sized for load: many agents (so no single rep's row lock is the bottleneck, as in
 * real life), one supervisor who receives every approval, and customers to serve. Each agent has many
 * open contacts, with customers spread across the book: in a contact centre a call brings one or two
 * resolutions, not hundreds for the same customer on the same call.
 */
export async function createBenchOrganization(
  db: Db,
  options: { agents: number; customers: number; contactsPerAgent: number; historyDays: number },
): Promise<BenchOrg> {
  const hash = await hashPassword(BENCH_PASSWORD);
  const org = await db
    .insertInto('organizations')
    .values({ slug: 'bench', name: 'Bench Co', currency: 'USD', timeZone: 'UTC', vision: 'Fast.' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const levels = await db
    .insertInto('authorityLevels')
    .values([
      { organizationId: org.id, key: 'agent', name: 'Agent', rank: 1 },
      { organizationId: org.id, key: 'supervisor', name: 'Supervisor', rank: 2 },
    ])
    .returning(['id', 'key'])
    .execute();
  const levelId = (key: string) => levels.find((l) => l.key === key)!.id;
  const supervisor = await db
    .insertInto('people')
    .values({
      organizationId: org.id,
      email: 'supervisor@bench.test',
      name: 'Bench Supervisor',
      role: 'team_leader',
      levelId: levelId('supervisor'),
      passwordHash: hash,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('people')
    .values({
      organizationId: org.id,
      email: 'admin@bench.test',
      name: 'Bench Admin',
      role: 'admin',
      levelId: levelId('supervisor'),
      passwordHash: hash,
    })
    .execute();
  const agents = Array.from({ length: options.agents }, (_, i) => `agent${i}@bench.test`);
  const agentIds = await db
    .insertInto('people')
    .values(
      agents.map((email, i) => ({
        organizationId: org.id,
        email,
        name: `Agent ${i}`,
        role: 'agent' as const,
        levelId: levelId('agent'),
        managerId: supervisor.id,
        passwordHash: hash,
      })),
    )
    .returning('id')
    .execute();
  const customers = await db
    .insertInto('customers')
    .values(
      Array.from({ length: options.customers }, (_, i) => ({
        organizationId: org.id,
        externalRef: `B-${i}`,
        name: `Customer ${i}`,
        segment: 'regular',
        lifetimeValueMinor: 50_000,
        currency: 'USD',
        flags: '[]',
      })),
    )
    .returning('id')
    .execute();
  await insertPublishedPolicy({
    db,
    organizationId: org.id,
    personId: supervisor.id,
    note: 'bench',
    now: new Date(),
    document: {
      currency: 'USD',
      levels: [
        { key: 'agent', name: 'Agent' },
        { key: 'supervisor', name: 'Supervisor' },
      ],
      resolutionTypes: [{ key: 'refund', label: 'Refund' }],
      rules: [
        { level: 'agent', type: 'refund', perIncidentMinor: 100_00, perDayMinor: 1_000_000_00 },
        { level: 'supervisor', type: 'refund', perIncidentMinor: 1_000_00 },
      ],
    },
  });
  const contacts: string[][] = [];
  for (const [a, agent] of agentIds.entries()) {
    const rows = await db
      .insertInto('contacts')
      .values(
        Array.from({ length: options.contactsPerAgent }, (_, k) => ({
          organizationId: org.id,
          customerId: customers[(a * options.contactsPerAgent + k) % customers.length]!.id,
          openedBy: agent.id,
          channel: 'call' as const,
        })),
      )
      .returning('id')
      .execute();
    contacts.push(rows.map((r) => r.id));
  }
  await insertGrantHistory(db, {
    organizationId: org.id,
    agentIds: agentIds.map((a) => a.id),
    customerIds: customers.map((c) => c.id),
    days: options.historyDays,
    contactsPerDay: 8,
    grantsPerContact: 2,
    now: new Date(),
  });
  // Statistics, as autovacuum would gather them soon after a bulk load: without them the planner takes
  // thousands of freshly loaded rows for a dozen and picks its indexes accordingly.
  await sql`analyze`.execute(db);
  return {
    agents,
    approver: 'supervisor@bench.test',
    admin: 'admin@bench.test',
    customerIds: customers.map((c) => c.id),
    contacts,
  };
}
