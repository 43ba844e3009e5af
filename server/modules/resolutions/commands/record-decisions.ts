import { sql, type Kysely } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import type { NewEvent } from '../../../realtime/event-types.ts';
import { planApprovalRoutes } from '../../approvals/commands/plan-approval-routes.ts';
import { eventArguments, ledgerArguments } from '../../ledger/events-and-ledger-arguments.ts';
import type { NewLedgerEntry } from '../../ledger/ledger-entry.ts';
import {
  writtenEventsAndLedger,
  type WrittenEventsAndLedger,
} from '../../ledger/written-events-and-ledger.ts';
import { versionedRowsArguments, type DecisionScope } from '../decision-scope.ts';
import type { DecidedRequest, LedgerPosition } from '../decision-types.ts';
import { escalatesAt } from '../escalates-at.ts';

/**
 * Writes a batch's decisions with one call to `record_decisions` (plus one read of the organization's
 * people when an approval must be routed): the resolutions, approvals and recipients, the live events
 * and the ledger entries. With `expected` (the versions the inputs were read at), the database checks
 * them under lock and writes nothing if any changed: the answer is then `stale` and the caller decides
 * again. Otherwise returns the ledger entry that records each grant (its covered receipt).
 */
export async function recordDecisions(options: {
  db: Kysely<Database>;
  scope: DecisionScope;
  expected: string | null;
  decided: DecidedRequest[];
  now: Date;
}): Promise<{ stale: true } | { stale: false; receipts: Map<string, LedgerPosition> }> {
  const { db, scope, decided, now } = options;
  const organizationId = scope.organizationId;
  const opening = decided.filter(
    (d): d is DecidedRequest & { approval: NonNullable<DecidedRequest['approval']> } =>
      d.approval !== null,
  );
  const routes = await planApprovalRoutes({
    db,
    organizationId,
    now,
    approvals: opening.map((d) => ({
      approvalId: d.approval.id,
      resolutionId: d.resolutionId,
      requesterId: d.request.personId,
      customerLinkedPersonId: d.customer.linkedPersonId,
      levelRank: d.approval.level.rank,
    })),
  });
  const requestedByApproval = new Map(opening.map((d, i) => [d.approval.id, routes.events[i]!]));

  // Rows as the tables' columns name them: the database reads them with jsonb_populate_recordset.
  const resolutions = decided.map((d) => ({
    id: d.resolutionId,
    organization_id: organizationId,
    contact_id: d.request.contactId,
    customer_id: d.customer.id,
    requested_by: d.request.personId,
    type: d.type.key,
    amount_minor: d.request.amountMinor,
    currency: d.request.currency,
    reason: d.request.reason,
    idempotency_key: d.request.idempotencyKey,
    status: d.status,
    granted_amount_minor: d.status === 'granted' ? d.request.amountMinor : null,
    within_authority: d.status === 'granted',
    policy_version: d.decision.policyVersion,
    decision: d.decision,
    created_at: now.toISOString(),
    decided_at: d.status === 'pending_approval' ? null : now.toISOString(),
    order_id: d.request.orderId ?? null,
  }));
  const approvals = opening.map((d) => ({
    id: d.approval.id,
    organization_id: organizationId,
    resolution_id: d.resolutionId,
    requested_by: d.request.personId,
    level_key: d.approval.level.key,
    level_rank: d.approval.level.rank,
    status: 'pending',
    created_at: now.toISOString(),
    escalates_at: escalatesAt(d, now)?.toISOString() ?? null,
  }));
  const recipients = routes.recipients.map((r) => ({
    approval_id: r.approvalId,
    person_id: r.personId,
    route: r.route,
    level_rank: r.levelRank,
    notified_at: r.notifiedAt.toISOString(),
  }));

  const ledger: NewLedgerEntry[] = [];
  const events: NewEvent[] = [];
  const grantEntries = new Map<string, number>();
  for (const d of decided) {
    const { personId, contactId, amountMinor, currency, reason, token } = d.request;
    const base = { at: now, actorId: personId, resolutionId: d.resolutionId };
    ledger.push({
      kind: 'resolution.requested',
      ...base,
      data: {
        contactId,
        customerId: d.customer.id,
        type: d.type.key,
        amountMinor,
        currency,
        reason,
        policyVersion: d.decision.policyVersion,
        outcome: d.decision.outcome,
        ...(token ? { token } : {}),
      },
    });
    if (d.status === 'granted') {
      grantEntries.set(d.resolutionId, ledger.length);
      ledger.push({
        kind: 'resolution.granted_within_authority',
        ...base,
        data: { amountMinor, policyVersion: d.decision.policyVersion, limits: d.decision.limits },
      });
      events.push({
        organizationId,
        recipientId: personId,
        type: 'resolution.granted',
        data: { resolutionId: d.resolutionId },
      });
    } else if (d.status === 'denied') {
      ledger.push({
        kind: 'resolution.not_allowed',
        ...base,
        data: { reasons: d.decision.reasons },
      });
    } else if (d.approval) {
      const pushed = requestedByApproval.get(d.approval.id) ?? [];
      if (d.approval.unusedAuthority)
        ledger.push({
          kind: 'resolution.unused_authority',
          ...base,
          data: { policyVersion: d.decision.policyVersion },
        });
      ledger.push({
        kind: 'approval.routed',
        ...base,
        approvalId: d.approval.id,
        data: { levelKey: d.approval.level.key, recipients: pushed.map((e) => e.recipientId) },
      });
      events.push(...pushed);
    }
  }

  const result = await sql<{ stale: boolean } & WrittenEventsAndLedger>`
    select * from record_decisions(${versionedRowsArguments(options.scope)}, ${options.expected}::text,
      ${JSON.stringify(resolutions)}::jsonb, ${JSON.stringify(approvals)}::jsonb, ${JSON.stringify(recipients)}::jsonb,
      ${eventArguments(events)}, ${ledgerArguments(ledger)})`.execute(db);
  const row = result.rows[0]!;
  if (row.stale) return { stale: true };
  const { appended } = writtenEventsAndLedger(row);
  return {
    stale: false,
    receipts: new Map([...grantEntries].map(([resolutionId, i]) => [resolutionId, appended[i]!])),
  };
}
