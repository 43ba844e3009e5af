import { randomUUID } from 'node:crypto';
import type { Insertable, Transaction } from 'kysely';
import type { CompiledPolicy } from '../../../../domain/authority/compile.ts';
import { decide, levelCovers, type AuthorityRequest, type Decision, type Usage } from '../../../../domain/authority/decide.ts';
import { formatMoney } from '../../../../domain/money.ts';
import type { ResolutionType } from '../../../../domain/authority/policy.ts';
import type { Settled } from '../../../batching/batcher.ts';
import type { Db } from '../../../db/database.ts';
import type { Database, ResolutionStatus } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import type { NewEvent } from '../../../realtime/event-types.ts';
import { planApprovalRoutes, type ApprovalRecipientRow } from '../../approvals/commands/route-approval.ts';
import { loadCompiledPolicyById } from '../../authority/queries/find-policy.ts';
import { loadUsageTally, orderAgeInDays } from '../../authority/queries/load-decision-inputs.ts';
import type { NewLedgerEntry } from '../../ledger/commands/append-ledger-entries.ts';
import { writeEventsAndLedger } from '../../ledger/commands/write-events-and-ledger.ts';
import type { ResolutionRow } from '../queries/find-resolution.ts';
import {
  idempotencyKeyOf,
  lockCustomers,
  lockRequesters,
  type LockedCustomer,
  type DecidingOrganization,
  type PreviousResolution,
  type Requester,
} from '../queries/lock-decision-inputs.ts';

export type ResolutionRequest = {
  personId: string;
  contactId: string;
  type: string;
  amountMinor: number;
  currency: string;
  reason: string;
  idempotencyKey: string;
  orderId?: string | undefined;
  requestApproval: boolean;
};

/** A fresh decision carries its row as the API presents it; a replay is read back by id. */
export type ResolutionDecided = { resolutionId: string; replayed: boolean; notice?: string; row?: ResolutionRow };

const UNUSED_AUTHORITY_NOTICE =
  'Good news: this is within your own authority, so you could have decided it yourself and you would be covered. ' +
  'We have asked for approval as you wished.';

/** A request that passed its checks, with what deciding it needs. */
type Admitted = { index: number; request: ResolutionRequest; requester: Requester; organization: DecidingOrganization; customer: LockedCustomer; type: ResolutionType; orderAgeDays: number | null };

/** A decided request, before it is written. */
type Decided = Admitted & {
  resolutionId: string;
  decision: Decision;
  status: ResolutionStatus;
  approval: { id: string; level: { key: string; rank: number }; unusedAuthority: boolean; isTop: boolean } | null;
};

/**
 * Decides reps' requests of one organization in one transaction: a batch of one when the server is
 * quiet, dozens under load (see ./decision-batcher.ts). Requesters' rows and then customers' are locked
 * first, each in id order, so concurrent batches (two tabs, two reps on one customer, another instance)
 * see each other's grants and never overspend; within the batch, each decision sees the grants decided
 * before it. A request that fails its checks gets its own error and takes no part in the writes.
 * The same idempotency key returns the first answer; keys must be unique within one call.
 */
export async function decideResolutions(options: { db: Db; organizationId: string; requests: ResolutionRequest[]; now: Date }): Promise<Array<Settled<ResolutionDecided>>> {
  const { organizationId, requests, now } = options;
  const keys = new Set(requests.map((r) => idempotencyKeyOf(r.personId, r.idempotencyKey)));
  if (keys.size !== requests.length) throw new Error('decideResolutions: an idempotency key appears twice in one batch');

  return options.db.transaction().execute(async (trx) => {
    const results: Array<Settled<ResolutionDecided> | undefined> = requests.map(() => undefined);
    const attempt = <T>(index: number, work: () => T): T | undefined => {
      try {
        return work();
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        results[index] = { ok: false, error };
        return undefined;
      }
    };

    // Lock order is always people, then customers, then event streams, then the ledger head.
    const { organization, requesters, contacts } = await lockRequesters(trx, organizationId, unique(requests.map((r) => r.personId)), unique(requests.map((r) => r.contactId)));
    // The customers are those of the contacts; a contact that fails its checks below locks nothing it needs.
    const customerIds = unique(requests.flatMap((r) => contacts.get(r.contactId)?.customerId ?? []));
    const orderIds = unique(requests.flatMap((r) => (r.orderId ? [r.orderId] : [])));
    const { customers, previous, orders } = await lockCustomers(trx, organizationId, { customerIds, keys: requests, orderIds });

    const screened = requests.flatMap((request, index) => {
      const earlier = previous.get(idempotencyKeyOf(request.personId, request.idempotencyKey));
      if (earlier) {
        attempt(index, () => (results[index] = { ok: true, value: replay(earlier, request) }));
        return [];
      }
      const checked = attempt(index, () => {
        const requester = requesters.get(request.personId);
        if (!requester || !organization) throw AppError.notFound('Person');
        const contact = contacts.get(request.contactId);
        if (!contact) throw AppError.notFound('Contact');
        if (!contact.customerId) throw new AppError('conflict', 'Attach a customer to this contact first');
        if (contact.status === 'closed') throw new AppError('conflict', 'This contact is closed');
        if (contact.openedBy !== request.personId) throw new AppError('forbidden', 'Only the rep handling this contact can request resolutions on it');
        return { index, request, requester, organization, customerId: contact.customerId };
      });
      return checked ? [checked] : [];
    });
    if (screened.length === 0) return settled(results);

    // Everyone in one organization works under the same published policy.
    const cp = await loadCompiledPolicyById({ db: trx, organizationId, policyId: screened[0]!.organization.policyId });

    const admitted = screened.flatMap((s) => {
      const ok = attempt(s.index, (): Admitted => {
        const customer = customers.get(s.customerId);
        if (!customer) throw AppError.notFound('Customer');
        const type = checkType(cp, s.request);
        let orderAgeDays: number | null = null;
        if (s.request.orderId) {
          const order = orders.get(s.request.orderId);
          if (!order || order.customerId !== customer.id) throw AppError.invalid('orderId', 'no such order for this customer');
          orderAgeDays = orderAgeInDays(order.placedAt, now);
        }
        return { index: s.index, request: s.request, requester: s.requester, organization: s.organization, customer, type, orderAgeDays };
      });
      return ok ? [ok] : [];
    });
    if (admitted.length === 0) return settled(results);

    const tally = await loadUsageTally({
      db: trx,
      organizationId,
      personIds: unique(admitted.map((a) => a.request.personId)),
      customerIds: unique(admitted.map((a) => a.customer.id)),
      contactIds: unique(admitted.map((a) => a.request.contactId)),
      cp,
      timeZone: admitted[0]!.organization.timeZone,
      now,
    });
    const decided = admitted.map((a) => {
      const outcome = decideOne(cp, a, tally.usageFor(a.request.personId, a.customer.id, a.request.contactId, a.type.key), now);
      if (outcome.status === 'granted') tally.addGrantWithinAuthority({ personId: a.request.personId, customerId: a.customer.id, contactId: a.request.contactId, type: a.type.key, amountMinor: a.request.amountMinor });
      return outcome;
    });

    const receipts = await writeDecisions(trx, organizationId, decided, now);
    for (const d of decided) {
      const row = freshRow(d, receipts.get(d.resolutionId) ?? null, now);
      results[d.index] = { ok: true, value: { resolutionId: d.resolutionId, replayed: false, row, ...(d.approval?.unusedAuthority ? { notice: UNUSED_AUTHORITY_NOTICE } : {}) } };
    }
    return settled(results);
  });
}

function replay(earlier: PreviousResolution, request: ResolutionRequest): ResolutionDecided {
  const same = earlier.contactId === request.contactId && earlier.type === request.type && earlier.amountMinor === request.amountMinor && earlier.currency === request.currency;
  if (!same) throw new AppError('conflict', 'This idempotency key was already used for a different request', 'idempotencyKey');
  return { resolutionId: earlier.id, replayed: true };
}

function checkType(cp: CompiledPolicy, request: ResolutionRequest): ResolutionType {
  const type = cp.types[cp.typeIndex.get(request.type) ?? -1];
  if (!type) throw AppError.invalid('type', `"${request.type}" is not a resolution type; use one of ${cp.types.map((t) => t.key).join(', ')}`);
  if (type.cost.kind === 'fixed' && request.amountMinor !== type.cost.amountMinor) {
    throw AppError.invalid('amount', `${type.label} costs a fixed ${formatMoney(type.cost.amountMinor, cp.currency)}`);
  }
  if (type.reasonRequired && request.reason.trim() === '') throw AppError.invalid('reason', `say why: ${type.label} needs a reason`);
  return type;
}

function decideOne(cp: CompiledPolicy, a: Admitted, usage: Usage, now: Date): Decided {
  const request: AuthorityRequest = { person: a.requester.person, customer: a.customer, type: a.type.key, amountMinor: a.request.amountMinor, currency: a.request.currency, orderAgeDays: a.orderAgeDays, at: now.getTime() };
  let decision = decide(cp, request, usage);

  // Asking for approval on something within one's own authority is allowed, and noticed kindly.
  const unusedAuthority = decision.outcome === 'within_authority' && a.request.requestApproval;
  let approvalLevel = decision.requiredLevel;
  if (unusedAuthority) {
    const own = decision.level ? decision.level.rank : 0;
    const above = cp.levels.findIndex((l, i) => l.rank > own && levelCovers(cp, i, request, usage));
    approvalLevel = above >= 0 ? cp.levels[above]! : decision.level;
    decision = { ...decision, reasons: [...decision.reasons, 'You asked for approval anyway.'] };
  }
  const status: ResolutionStatus = unusedAuthority || decision.outcome === 'needs_approval' ? 'pending_approval' : decision.outcome === 'within_authority' ? 'granted' : 'denied';
  if (status === 'pending_approval' && !approvalLevel) throw new Error('a decision that needs approval names no level');
  const approval =
    status === 'pending_approval' && approvalLevel
      ? { id: randomUUID(), level: { key: approvalLevel.key, rank: approvalLevel.rank }, unusedAuthority, isTop: approvalLevel.rank === cp.levels.length }
      : null;
  return { ...a, resolutionId: randomUUID(), decision, status, approval };
}

/**
 * The batch's writes: its resolutions, approvals and their recipients in one statement, then events
 * and ledger entries. Returns the ledger entry that records each grant (its covered receipt).
 */
async function writeDecisions(trx: Transaction<Database>, organizationId: string, decided: Decided[], now: Date): Promise<Map<string, LedgerPosition>> {
  const opening = decided.filter((d): d is Decided & { approval: NonNullable<Decided['approval']> } => d.approval !== null);
  const routes = await planApprovalRoutes({
    trx,
    organizationId,
    now,
    approvals: opening.map((d) => ({ approvalId: d.approval.id, resolutionId: d.resolutionId, requesterId: d.request.personId, customerLinkedPersonId: d.customer.linkedPersonId, levelRank: d.approval.level.rank })),
  });
  await insertDecisions(trx, {
    resolutions: decided.map((d) => ({
      id: d.resolutionId,
      organizationId,
      contactId: d.request.contactId,
      customerId: d.customer.id,
      requestedBy: d.request.personId,
      type: d.type.key,
      amountMinor: d.request.amountMinor,
      currency: d.request.currency,
      reason: d.request.reason,
      idempotencyKey: d.request.idempotencyKey,
      status: d.status,
      grantedAmountMinor: d.status === 'granted' ? d.request.amountMinor : null,
      withinAuthority: d.status === 'granted',
      policyVersion: d.decision.policyVersion,
      decision: JSON.stringify(d.decision),
      createdAt: now,
      decidedAt: d.status === 'pending_approval' ? null : now,
    })),
    approvals: opening.map((d) => ({
      id: d.approval.id,
      organizationId,
      resolutionId: d.resolutionId,
      requestedBy: d.request.personId,
      levelKey: d.approval.level.key,
      levelRank: d.approval.level.rank,
      status: 'pending' as const,
      createdAt: now,
      escalatesAt: escalatesAt(d, now),
    })),
    recipients: routes.recipients,
  });
  const requested = routes.events;
  const requestedByApproval = new Map(opening.map((d, i) => [d.approval.id, requested[i]!]));

  const ledger: NewLedgerEntry[] = [];
  const events: NewEvent[] = [];
  const grantEntries = new Map<string, number>();
  for (const d of decided) {
    const { personId, contactId, amountMinor, currency, reason } = d.request;
    const base = { at: now, actorId: personId, resolutionId: d.resolutionId };
    ledger.push({ kind: 'resolution.requested', ...base, data: { contactId, customerId: d.customer.id, type: d.type.key, amountMinor, currency, reason, policyVersion: d.decision.policyVersion, outcome: d.decision.outcome } });
    if (d.status === 'granted') {
      grantEntries.set(d.resolutionId, ledger.length);
      ledger.push({ kind: 'resolution.granted_within_authority', ...base, data: { amountMinor, policyVersion: d.decision.policyVersion, limits: d.decision.limits } });
      events.push({ organizationId, recipientId: personId, type: 'resolution.granted', data: { resolutionId: d.resolutionId } });
    } else if (d.status === 'denied') {
      ledger.push({ kind: 'resolution.not_allowed', ...base, data: { reasons: d.decision.reasons } });
    } else if (d.approval) {
      const pushed = requestedByApproval.get(d.approval.id) ?? [];
      if (d.approval.unusedAuthority) ledger.push({ kind: 'resolution.unused_authority', ...base, data: { policyVersion: d.decision.policyVersion } });
      ledger.push({ kind: 'approval.routed', ...base, approvalId: d.approval.id, data: { levelKey: d.approval.level.key, recipients: pushed.map((e) => e.recipientId) } });
      events.push(...pushed);
    }
  }
  // Events before the ledger: the ledger head is the one lock every transaction of the organization
  // shares, so it is taken last and held only until the commit that follows.
  const { appended } = await writeEventsAndLedger(trx, { events, ledger: { organizationId, entries: ledger } });
  return new Map([...grantEntries].map(([resolutionId, i]) => [resolutionId, appended[i]!]));
}

type LedgerPosition = { seq: number; hash: string };

/**
 * One statement: the approvals and recipients ride on the resolutions' insert as data-modifying CTEs
 * (their foreign keys are checked at the end of the statement, when the rows they name exist).
 */
async function insertDecisions(
  trx: Transaction<Database>,
  rows: { resolutions: Insertable<Database['resolutions']>[]; approvals: Insertable<Database['approvals']>[]; recipients: ApprovalRecipientRow[] },
): Promise<void> {
  const withResolutions = trx.with('inserted_resolutions', (db) => db.insertInto('resolutions').values(rows.resolutions));
  if (rows.approvals.length === 0) await trx.insertInto('resolutions').values(rows.resolutions).execute();
  else if (rows.recipients.length === 0) await withResolutions.insertInto('approvals').values(rows.approvals).execute();
  else {
    await withResolutions
      .with('inserted_approvals', (db) => db.insertInto('approvals').values(rows.approvals))
      .insertInto('approvalRecipients')
      .values(rows.recipients)
      .execute();
  }
}

function escalatesAt(d: Decided, now: Date): Date | null {
  // At the top there is nobody to escalate to.
  return d.approval && !d.approval.isTop ? new Date(now.getTime() + d.organization.approvalTimeoutSeconds * 1000) : null;
}

/** The row a fresh decision would read back (see queries/find-resolution.ts), built from what was just written. */
function freshRow(d: Decided, receipt: LedgerPosition | null, now: Date): ResolutionRow {
  const granted = d.status === 'granted';
  const approval = d.approval;
  return {
    id: d.resolutionId,
    contactId: d.request.contactId,
    customerId: d.customer.id,
    requestedBy: d.request.personId,
    requestedByName: d.requester.name,
    type: d.type.key,
    amountMinor: d.request.amountMinor,
    currency: d.request.currency,
    reason: d.request.reason,
    status: d.status,
    grantedAmountMinor: granted ? d.request.amountMinor : null,
    withinAuthority: granted,
    policyVersion: d.decision.policyVersion,
    // As stored: what JSON keeps of it.
    decision: JSON.parse(JSON.stringify(d.decision)) as Decision,
    idempotencyKey: d.request.idempotencyKey,
    createdAt: now,
    decidedAt: d.status === 'pending_approval' ? null : now,
    decidedById: null,
    decidedByName: null,
    approvalId: approval?.id ?? null,
    approvalStatus: approval ? 'pending' : null,
    approvalLevelKey: approval?.level.key ?? null,
    approvalLevelRank: approval?.level.rank ?? null,
    approvalLevelName: approval ? (d.organization.levelNames.get(approval.level.key) ?? null) : null,
    approvalEscalations: approval ? 0 : null,
    approvalCreatedAt: approval ? now : null,
    approvalEscalatesAt: escalatesAt(d, now),
    approvalDecidedAmountMinor: null,
    approvalNote: approval ? '' : null,
    claimedById: null,
    claimedByName: null,
    receiptSeq: receipt?.seq ?? null,
    receiptHash: receipt?.hash ?? null,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function settled(results: Array<Settled<ResolutionDecided> | undefined>): Array<Settled<ResolutionDecided>> {
  return results.map((r) => r ?? { ok: false, error: new Error('request left undecided') });
}
