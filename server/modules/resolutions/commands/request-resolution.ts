import type { Transaction } from 'kysely';
import { decide, levelCovers, type AuthorityRequest, type Decision, type Usage } from '../../../../domain/authority/decide.ts';
import { formatMoney } from '../../../../domain/money.ts';
import type { Db } from '../../../db/database.ts';
import type { Database, ResolutionStatus } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import type { NewEvent } from '../../../realtime/event-types.ts';
import { recordEvents } from '../../../realtime/record-events.ts';
import { routeApproval } from '../../approvals/commands/route-approval.ts';
import { loadCompiledPolicyById } from '../../authority/queries/find-policy.ts';
import { loadOrderAgeDays, loadUsage } from '../../authority/queries/load-decision-inputs.ts';
import { appendLedgerEntries, type NewLedgerEntry } from '../../ledger/commands/append-ledger-entries.ts';
import { lockCustomer, lockRequester } from '../queries/lock-decision-inputs.ts';

export type RequestResolutionOptions = {
  db: Db;
  organizationId: string;
  personId: string;
  contactId: string;
  type: string;
  amountMinor: number;
  currency: string;
  reason: string;
  idempotencyKey: string;
  orderId?: string | undefined;
  requestApproval: boolean;
  now: Date;
};

export type RequestResolutionResult = { resolutionId: string; replayed: boolean; notice?: string };

const UNUSED_AUTHORITY_NOTICE =
  'Good news: this is within your own authority, so you could have decided it yourself and you would be covered. ' +
  'We have asked for approval as you wished.';

/**
 * Decides a rep's request inside one transaction. The requester's row and then the customer's are
 * locked first, so concurrent requests (two tabs, two reps on one customer, a retry storm) see each
 * other's grants and can never overspend a budget; the same idempotency key returns the first answer.
 */
export async function requestResolution(options: RequestResolutionOptions): Promise<RequestResolutionResult> {
  return options.db.transaction().execute(async (trx) => {
    const { organizationId, personId, now } = options;
    // Lock order is always person, then customer: no two requests wait on each other in a cycle.
    const requester = await lockRequester(trx, organizationId, personId);

    const previous = await trx
      .selectFrom('resolutions')
      .select(['id', 'contactId', 'type', 'amountMinor', 'currency'])
      .where('organizationId', '=', organizationId)
      .where('requestedBy', '=', personId)
      .where('idempotencyKey', '=', options.idempotencyKey)
      .executeTakeFirst();
    if (previous) {
      const same = previous.contactId === options.contactId && previous.type === options.type && previous.amountMinor === options.amountMinor && previous.currency === options.currency;
      if (!same) throw new AppError('conflict', 'This idempotency key was already used for a different request', 'idempotencyKey');
      return { resolutionId: previous.id, replayed: true };
    }

    const contact = await trx.selectFrom('contacts').select(['customerId', 'status', 'openedBy']).where('organizationId', '=', organizationId).where('id', '=', options.contactId).executeTakeFirst();
    if (!contact) throw AppError.notFound('Contact');
    if (!contact.customerId) throw new AppError('conflict', 'Attach a customer to this contact first');
    if (contact.status === 'closed') throw new AppError('conflict', 'This contact is closed');
    if (contact.openedBy !== personId) throw new AppError('forbidden', 'Only the rep handling this contact can request resolutions on it');
    const customer = await lockCustomer(trx, organizationId, contact.customerId);
    const cp = await loadCompiledPolicyById({ db: trx, organizationId, policyId: requester.policyId });
    const person = requester.person;
    const org = { timeZone: requester.timeZone, approvalTimeoutSeconds: requester.approvalTimeoutSeconds };
    const type = cp.types[cp.typeIndex.get(options.type) ?? -1];
    if (!type) throw AppError.invalid('type', `"${options.type}" is not a resolution type; use one of ${cp.types.map((t) => t.key).join(', ')}`);
    if (type.cost.kind === 'fixed' && options.amountMinor !== type.cost.amountMinor) {
      throw AppError.invalid('amount', `${type.label} costs a fixed ${formatMoney(type.cost.amountMinor, cp.currency)}`);
    }
    if (type.reasonRequired && options.reason.trim() === '') throw AppError.invalid('reason', `say why: ${type.label} needs a reason`);
    const orderAgeDays = options.orderId ? await loadOrderAgeDays(trx, organizationId, customer.id, options.orderId, now) : null;

    const usageByType = await loadUsage({ db: trx, organizationId, personId, customerId: customer.id, contactId: options.contactId, cp, timeZone: org.timeZone, now });
    const usage: Usage = { personDayMinor: 0, personMonthMinor: 0, customerWindowMinor: 0, ...usageByType.byType[type.key], contactTotalMinor: usageByType.contactTotalMinor };
    const request: AuthorityRequest = { person, customer, type: type.key, amountMinor: options.amountMinor, currency: options.currency, orderAgeDays, at: now.getTime() };
    let decision = decide(cp, request, usage);

    // Asking for approval on something within one's own authority is allowed, and noticed kindly.
    const unusedAuthority = decision.outcome === 'within_authority' && options.requestApproval;
    let approvalLevel = decision.requiredLevel;
    if (unusedAuthority) {
      const own = decision.level ? decision.level.rank : 0;
      const above = cp.levels.findIndex((l, i) => l.rank > own && levelCovers(cp, i, request, usage));
      approvalLevel = above >= 0 ? cp.levels[above]! : decision.level;
      decision = { ...decision, reasons: [...decision.reasons, 'You asked for approval anyway.'] };
    }

    const status: ResolutionStatus = unusedAuthority || decision.outcome === 'needs_approval' ? 'pending_approval' : decision.outcome === 'within_authority' ? 'granted' : 'denied';
    const granted = status === 'granted';
    const resolution = await trx
      .insertInto('resolutions')
      .values({
        organizationId,
        contactId: options.contactId,
        customerId: customer.id,
        requestedBy: personId,
        type: type.key,
        amountMinor: options.amountMinor,
        currency: options.currency,
        reason: options.reason,
        idempotencyKey: options.idempotencyKey,
        status,
        grantedAmountMinor: granted ? options.amountMinor : null,
        withinAuthority: granted,
        policyVersion: cp.version,
        decision: JSON.stringify(decision),
        createdAt: now,
        decidedAt: status === 'pending_approval' ? null : now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    const ledger: NewLedgerEntry[] = [
      {
        kind: 'resolution.requested',
        at: now,
        actorId: personId,
        resolutionId: resolution.id,
        data: { contactId: options.contactId, customerId: customer.id, type: type.key, amountMinor: options.amountMinor, currency: options.currency, reason: options.reason, policyVersion: cp.version, outcome: decision.outcome },
      },
    ];
    const events: NewEvent[] = [];
    if (granted) {
      ledger.push({ kind: 'resolution.granted_within_authority', at: now, actorId: personId, resolutionId: resolution.id, data: { amountMinor: options.amountMinor, policyVersion: cp.version, limits: decision.limits } });
      events.push({ organizationId, recipientId: personId, type: 'resolution.granted', data: { resolutionId: resolution.id } });
    } else if (status === 'denied') {
      ledger.push({ kind: 'resolution.not_allowed', at: now, actorId: personId, resolutionId: resolution.id, data: { reasons: decision.reasons } });
    } else {
      events.push(...(await openApproval(trx, { organizationId, resolutionId: resolution.id, personId, customerLinkedPersonId: customer.linkedPersonId, level: approvalLevel!, timeoutSeconds: org.approvalTimeoutSeconds, isTop: approvalLevel!.rank === cp.levels.length, now, ledger, unusedAuthority, decision })));
    }
    // Events before the ledger: the ledger head is the one lock every request of the organization
    // shares, so it is taken last and held only until the commit that follows.
    await recordEvents(trx, events);
    await appendLedgerEntries(trx, organizationId, ledger);
    return { resolutionId: resolution.id, replayed: false, ...(unusedAuthority ? { notice: UNUSED_AUTHORITY_NOTICE } : {}) };
  });
}

async function openApproval(
  trx: Transaction<Database>,
  o: {
    organizationId: string;
    resolutionId: string;
    personId: string;
    customerLinkedPersonId: string | null;
    level: { key: string; rank: number };
    timeoutSeconds: number;
    isTop: boolean;
    now: Date;
    ledger: NewLedgerEntry[];
    unusedAuthority: boolean;
    decision: Decision;
  },
): Promise<NewEvent[]> {
  const approval = await trx
    .insertInto('approvals')
    .values({
      organizationId: o.organizationId,
      resolutionId: o.resolutionId,
      requestedBy: o.personId,
      levelKey: o.level.key,
      levelRank: o.level.rank,
      status: 'pending',
      createdAt: o.now,
      // At the top there is nobody to escalate to.
      escalatesAt: o.isTop ? null : new Date(o.now.getTime() + o.timeoutSeconds * 1000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const events = await routeApproval({ trx, organizationId: o.organizationId, approvalId: approval.id, resolutionId: o.resolutionId, requesterId: o.personId, customerLinkedPersonId: o.customerLinkedPersonId, levelRank: o.level.rank, now: o.now });
  if (o.unusedAuthority) o.ledger.push({ kind: 'resolution.unused_authority', at: o.now, actorId: o.personId, resolutionId: o.resolutionId, data: { policyVersion: o.decision.policyVersion } });
  o.ledger.push({ kind: 'approval.routed', at: o.now, actorId: o.personId, resolutionId: o.resolutionId, approvalId: approval.id, data: { levelKey: o.level.key, recipients: events.map((e) => e.recipientId) } });
  return events;
}
