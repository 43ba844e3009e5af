import { sql, type Kysely } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import { rolesWith } from '../../../policies/ability-holders.ts';
import type { NewEvent } from '../../../realtime/event-types.ts';

/** Roles that decide approvals (the ability table's `approvals.decide`); a level alone is not enough. */
const approverRoles: readonly string[] = rolesWith('approvals.decide');

type Candidate = {
  id: string;
  managerId: string | null;
  rank: number | null;
  role: string;
  available: boolean;
  connected: boolean;
  awayUntil: Date | null;
  delegateId: string | null;
};

export type ApprovalToRoute = {
  approvalId: string;
  resolutionId: string;
  requesterId: string;
  /** A person linked to the customer may not decide for them. */
  customerLinkedPersonId: string | null;
  levelRank: number;
};

export type ApprovalRecipientRow = {
  approvalId: string;
  personId: string;
  route: 'chain' | 'available' | 'delegate';
  levelRank: number;
  notifiedAt: Date;
};

/**
 * Decides who is asked, reading the organization's people once, without writing: the caller inserts
 * the recipient rows (a batch of decisions does so in the call that inserts the approvals). Needs no
 * transaction: presence is a snapshot whenever it is read.
 */
export async function planApprovalRoutes(options: {
  db: Kysely<Database>;
  organizationId: string;
  now: Date;
  approvals: ApprovalToRoute[];
}): Promise<{ recipients: ApprovalRecipientRow[]; events: NewEvent[][] }> {
  const { db, organizationId, now } = options;
  if (options.approvals.length === 0) return { recipients: [], events: [] };
  const people = await loadApprovalCandidates(db, organizationId, now);
  const chosen = options.approvals.map((approval) =>
    chooseApprovalRecipients(people, approval, now),
  );
  const recipients = options.approvals.flatMap((approval, i) =>
    [...chosen[i]!].map(([personId, route]) => ({
      approvalId: approval.approvalId,
      personId,
      route,
      levelRank: approval.levelRank,
      notifiedAt: now,
    })),
  );
  const events = options.approvals.map((approval, i) =>
    [...chosen[i]!.keys()].map((recipientId) => ({
      organizationId,
      recipientId,
      type: 'approval.requested' as const,
      data: { approvalId: approval.approvalId, resolutionId: approval.resolutionId },
    })),
  );
  return { recipients, events };
}

async function loadApprovalCandidates(
  db: Kysely<Database>,
  organizationId: string,
  now: Date,
): Promise<Candidate[]> {
  const rows = await db
    .selectFrom('people')
    .leftJoin('authorityLevels', 'authorityLevels.id', 'people.levelId')
    .leftJoin('personPresence', 'personPresence.personId', 'people.id')
    .select([
      'people.id',
      'people.managerId',
      'people.role',
      'authorityLevels.rank',
      sql<boolean>`coalesce(person_presence.available, true)`.as('available'),
      sql<boolean>`coalesce(person_presence.connected_until > ${now.toISOString()}::timestamptz, false)`.as(
        'connected',
      ),
      'personPresence.awayUntil',
      'personPresence.delegateId',
    ])
    .where('people.organizationId', '=', organizationId)
    .where('people.active', '=', true)
    .execute();
  return rows.map((p) => ({ ...p, rank: p.rank ?? null }));
}

/**
 * Who is asked, in order: the first person up the requester's own management chain whose level
 * covers it, then everyone at the lowest covering level who is available (connected and not away).
 * Someone away with a delegate is replaced by the delegate, once: delegation does not cascade and
 * ends with the away window.
 */
function chooseApprovalRecipients(
  people: Candidate[],
  options: ApprovalToRoute,
  now: Date,
): Map<string, 'chain' | 'available' | 'delegate'> {
  const byId = new Map(people.map((p) => [p.id, p]));

  const qualifies = (p: Candidate | undefined): p is Candidate =>
    p !== undefined &&
    p.id !== options.requesterId &&
    p.id !== options.customerLinkedPersonId &&
    approverRoles.includes(p.role) &&
    p.rank !== null &&
    p.rank >= options.levelRank;
  const isAway = (p: Candidate) => !p.available || (p.awayUntil !== null && p.awayUntil > now);
  const standIn = (
    p: Candidate,
  ): { person: Candidate; route: 'chain' | 'available' | 'delegate' } | null => {
    if (!isAway(p)) return null;
    const delegate =
      p.awayUntil !== null && p.awayUntil > now && p.delegateId
        ? byId.get(p.delegateId)
        : undefined;
    return qualifies(delegate) ? { person: delegate, route: 'delegate' } : null;
  };

  const recipients = new Map<string, 'chain' | 'available' | 'delegate'>();
  // Up the chain: the first qualified manager; if they are away, their delegate instead.
  const seen = new Set<string>();
  let cursor = byId.get(options.requesterId)?.managerId ?? null;
  while (cursor && !seen.has(cursor)) {
    seen.add(cursor);
    const manager = byId.get(cursor);
    if (qualifies(manager)) {
      const delegate = standIn(manager);
      if (delegate) recipients.set(delegate.person.id, delegate.route);
      else if (!isAway(manager)) recipients.set(manager.id, 'chain');
      if (recipients.size > 0) break;
    }
    cursor = manager?.managerId ?? null;
  }

  // Then everyone available at the lowest level that has anyone available.
  const available = people.filter((p) => qualifies(p) && p.connected && !isAway(p));
  const lowest = Math.min(...available.map((p) => p.rank!));
  for (const p of available)
    if (p.rank === lowest && !recipients.has(p.id)) recipients.set(p.id, 'available');
  // Away people with delegates at that level hand over too.
  for (const p of people) {
    if (!qualifies(p) || p.rank !== options.levelRank) continue;
    const delegate = standIn(p);
    if (delegate && delegate.person.connected && !recipients.has(delegate.person.id))
      recipients.set(delegate.person.id, 'delegate');
  }

  return recipients;
}
