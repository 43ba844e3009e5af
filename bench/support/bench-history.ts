import { sql } from 'kysely';

import type { Db } from '../../server/db/database.ts';

/** What a granted refund's stored decision looks like, so history rows are as wide as real ones. */
const typicalDecision = {
  type: 'refund',
  level: { key: 'agent', name: 'Agent', rank: 1 },
  limits: [
    {
      kind: 'per_incident',
      source: 'level',
      exceeded: false,
      usedMinor: 0,
      limitMinor: 10000,
      remainingMinor: 10000,
    },
    {
      kind: 'per_day',
      source: 'level',
      exceeded: false,
      usedMinor: 0,
      limitMinor: 100000000,
      remainingMinor: 100000000,
    },
  ],
  outcome: 'within_authority',
  reasons: [
    'Refund: up to $100 per incident at your level (Agent); this is $42.00.',
    'Within your authority: you are covered (policy version 1).',
  ],
  reasonsForApprover: [
    "Refund: up to $100 per incident at Agent's level (Agent); this is $42.00.",
    "Within Agent's own authority (policy version 1).",
  ],
  currency: 'USD',
  conditions: [
    {
      id: 'hard_rule:linked_customer',
      kind: 'hard_rule',
      passed: true,
      description: 'The customer is not linked to the person deciding',
    },
  ],
  amountMinor: 4200,
  policyVersion: 1,
  requiredLevel: null,
};

/**
 * A month of past work, as a centre that has run for a while has: for each agent and each earlier
 * day, closed contacts with customers from across the book, each with a couple of refunds granted
 * within authority. Usage is read against this history on every decision.
 */
export async function insertGrantHistory(
  db: Db,
  options: {
    organizationId: string;
    agentIds: string[];
    customerIds: string[];
    days: number;
    contactsPerDay: number;
    grantsPerContact: number;
    now: Date;
  },
): Promise<void> {
  await sql`
    with agent as (
      select id, ordinality::int as i from unnest(${options.agentIds}::uuid[]) with ordinality as a(id, ordinality)
    ), opened as (
      insert into contacts (organization_id, customer_id, opened_by, channel, status, opened_at, closed_at)
      select ${options.organizationId}::uuid,
        (${options.customerIds}::uuid[])[1 + (a.i * 7919 + d * 104729 + k * 31) % ${options.customerIds.length}],
        a.id, 'call', 'closed', t, t + interval '8 minutes'
      from agent a, generate_series(1, ${options.days}) d, generate_series(1, ${options.contactsPerDay}) k,
        lateral (select ${options.now.toISOString()}::timestamptz - d * interval '1 day' - k * interval '40 minutes' as t) at
      returning id, customer_id, opened_by, opened_at
    )
    insert into resolutions (organization_id, contact_id, customer_id, requested_by, type, amount_minor, currency, reason,
        idempotency_key, status, granted_amount_minor, within_authority, policy_version, decision, created_at, decided_at)
      select ${options.organizationId}::uuid, c.id, c.customer_id, c.opened_by, 'refund', x.amount, 'USD', 'history',
        gen_random_uuid()::text, 'granted', x.amount, true, 1, ${JSON.stringify(typicalDecision)}::jsonb, c.opened_at + g * interval '2 minutes', c.opened_at + g * interval '2 minutes'
      from opened c, generate_series(1, ${options.grantsPerContact}) g,
        lateral (select 100 + abs(hashtext(c.id::text || g::text)) % 9000 as amount) x`.execute(db);
}
