import { randomUUID } from 'node:crypto';

import type { Kysely } from 'kysely';

import type { CompiledPolicy } from '../../../../domain/authority/compile.ts';
import {
  decide,
  levelCovers,
  type AuthorityRequest,
  type Decision,
  type Usage,
} from '../../../../domain/authority/decide.ts';
import type { ResolutionType } from '../../../../domain/authority/policy.ts';
import { formatMoney } from '../../../../domain/money.ts';
import { firstName } from '../../../../domain/names.ts';
import type { Settled } from '../../../batching/batcher.ts';
import type { Database, ResolutionStatus } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import { contactPolicy } from '../../../policies/contact.ts';
import { authorizeRecord } from '../../../policies/verdict.ts';
import { orderAgeInDays } from '../../authority/order-age-in-days.ts';
import { loadCompiledPolicyById } from '../../authority/queries/load-compiled-policy-by-id.ts';
import { idempotencyKeyOf, scopeWithWindows, type DecisionScope } from '../decision-scope.ts';
import type {
  DecidedRequest,
  LedgerPosition,
  ResolutionDecided,
  ResolutionRequest,
} from '../decision-types.ts';
import { escalatesAt } from '../escalates-at.ts';
import {
  readDecisionInputs,
  type DecidingOrganization,
  type DecisionCustomer,
  type DecisionInputs,
  type PreviousResolution,
  type Requester,
} from '../queries/read-decision-inputs.ts';
import type { ResolutionRow } from '../queries/select-resolutions.ts';
import { recordDecisions } from './record-decisions.ts';

const UNUSED_AUTHORITY_NOTICE =
  'Good news: this is within your own authority, so you could have decided it yourself and you would be covered. ' +
  'We have asked for approval as you wished.';

/** A request that passed its checks, with what deciding it needs. */
type Admitted = {
  index: number;
  request: ResolutionRequest;
  requester: Requester;
  organization: DecidingOrganization;
  customer: DecisionCustomer;
  type: ResolutionType;
  orderAgeDays: number | null;
};

/** Per organization, the policy in force as the last batch found it: the next batch reads with its windows. */
export type DecisionHints = Map<string, string>;

type DecideOptions = {
  db: Kysely<Database>;
  organizationId: string;
  requests: ResolutionRequest[];
  now: Date;
  hints?: DecisionHints;
  /** Tries without holding locks before deciding under them (default 3); past this, others keep changing the same rows. */
  unlockedAttempts?: number;
};

/**
 * Decides reps' requests of one organization together: a batch of one when the server is quiet,
 * dozens under load (see ./decision-batcher.ts). Within the batch, each decision sees the grants
 * decided before it. A request that fails its checks gets its own error and takes no part in the
 * writes. The same idempotency key returns the first answer; keys must be unique within one call.
 *
 * Two round trips, no transaction held open: the inputs are read unlocked with the versions of their
 * rows, decided here, and written by a database function that locks the requesters' and customers'
 * rows (in that order, each in id order) and writes only if no version changed (another instance's
 * grant, an approval for the same customer, a closed contact, a newly published policy). If one did, the
 * batch is decided again from a fresh read; after a few such rounds it is decided inside a
 * transaction under the locks, where it cannot go stale. Either way no budget is ever overspent.
 */
export async function decideResolutions(
  options: DecideOptions,
): Promise<Array<Settled<ResolutionDecided>>> {
  const keys = new Set(options.requests.map((r) => idempotencyKeyOf(r.personId, r.idempotencyKey)));
  if (keys.size !== options.requests.length)
    throw new Error('decideResolutions: an idempotency key appears twice in one batch');
  const hints = options.hints ?? new Map();

  for (let attempt = 0; attempt < (options.unlockedAttempts ?? 3); attempt++) {
    const outcome = await decideOnce(options.db, options, hints, { lock: false });
    if (outcome !== 'stale') return outcome;
  }
  return options.db.transaction().execute(async (trx) => {
    const outcome = await decideOnce(trx, options, hints, { lock: true });
    if (outcome === 'stale') throw new Error('a decision made under its locks went stale');
    return outcome;
  });
}

async function decideOnce(
  db: Kysely<Database>,
  options: DecideOptions,
  hints: DecisionHints,
  mode: { lock: boolean },
): Promise<Array<Settled<ResolutionDecided>> | 'stale'> {
  const { requests, now } = options;
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

  const { inputs, cp, scope } = await readWithPolicy(db, options, hints, mode);
  const { organization, requesters, contacts, customers, previous, orders } = inputs;
  if (organization && !organization.policyId)
    throw new AppError(
      'conflict',
      'This organization has no published authority policy yet; an admin must publish one',
    );

  const screened = requests.flatMap((request, index) => {
    const earlier = previous.get(idempotencyKeyOf(request.personId, request.idempotencyKey));
    if (earlier) {
      attempt(index, () => (results[index] = { ok: true, value: replay(earlier, request) }));
      return [];
    }
    const checked = attempt(index, () => {
      const requester = requesters.get(request.personId);
      if (!requester || !organization || !cp) throw AppError.notFound('Person');
      const contact = contacts.get(request.contactId);
      if (!contact) throw AppError.notFound('Contact');
      if (!contact.customerId)
        throw new AppError('conflict', 'Attach a customer to this contact first');
      if (contact.status === 'closed') throw new AppError('conflict', 'This contact is closed');
      authorizeRecord(contactPolicy(request.personId, contact).requestResolution);
      return { index, request, requester, organization, cp, customerId: contact.customerId };
    });
    return checked ? [checked] : [];
  });

  const admitted = screened.flatMap((s) => {
    const ok = attempt(s.index, (): Admitted => {
      const customer = customers.get(s.customerId);
      if (!customer) throw AppError.notFound('Customer');
      const type = checkType(s.cp, s.request);
      let orderAgeDays: number | null = null;
      if (s.request.orderId) {
        const order = orders.get(s.request.orderId);
        if (!order || order.customerId !== customer.id)
          throw AppError.invalid('orderId', 'no such order for this customer');
        orderAgeDays = orderAgeInDays(order.placedAt, now);
      }
      return {
        index: s.index,
        request: s.request,
        requester: s.requester,
        organization: s.organization,
        customer,
        type,
        orderAgeDays,
      };
    });
    return ok ? [ok] : [];
  });
  if (admitted.length === 0 || !cp) return settled(results);

  const tally = inputs.usage;
  const decided = admitted.map((a) => {
    const outcome = decideOne(
      cp,
      a,
      tally.usageFor(a.request.personId, a.customer.id, a.request.contactId, a.type.key),
      now,
    );
    if (outcome.status === 'granted')
      tally.addGrantWithinAuthority({
        personId: a.request.personId,
        customerId: a.customer.id,
        contactId: a.request.contactId,
        type: a.type.key,
        amountMinor: a.request.amountMinor,
      });
    return outcome;
  });

  const written = await recordDecisions({
    db,
    scope,
    expected: mode.lock ? null : inputs.versions,
    decided,
    now,
  });
  if (written.stale) return 'stale';
  for (const d of decided) {
    const row = freshRow(d, written.receipts.get(d.resolutionId) ?? null, now);
    results[d.index] = {
      ok: true,
      value: {
        resolutionId: d.resolutionId,
        replayed: false,
        row,
        ...(d.approval?.unusedAuthority ? { notice: UNUSED_AUTHORITY_NOTICE } : {}),
      },
    };
  }
  return settled(results);
}

/**
 * The batch's inputs, with usage counted under the policy in force. The read goes out with the
 * customer windows of the policy the last batch saw; in the rare case it finds another in force (a
 * new version was published, or this is the instance's first batch), it is read again with that one's.
 */
async function readWithPolicy(
  db: Kysely<Database>,
  options: DecideOptions,
  hints: DecisionHints,
  mode: { lock: boolean },
): Promise<{ inputs: DecisionInputs; cp: CompiledPolicy | null; scope: DecisionScope }> {
  const { organizationId, requests, now } = options;
  const base = {
    organizationId,
    personIds: unique(requests.map((r) => r.personId)),
    contactIds: unique(requests.map((r) => r.contactId)),
    keys: requests.map((r) => ({ personId: r.personId, idempotencyKey: r.idempotencyKey })),
    orderIds: unique(requests.flatMap((r) => (r.orderId ? [r.orderId] : []))),
    now,
  };
  let policyId = hints.get(organizationId);
  for (;;) {
    const cp = policyId ? await loadCompiledPolicyById({ db, organizationId, policyId }) : null;
    const scope: DecisionScope = cp ? scopeWithWindows(base, cp) : { ...base, windows: null };
    const inputs = await readDecisionInputs(db, scope, mode);
    const inForce = inputs.organization?.policyId;
    if (!inForce) return { inputs, cp: null, scope };
    if (cp && inForce === policyId) return { inputs, cp, scope };
    policyId = inForce;
    hints.set(organizationId, inForce);
  }
}

function replay(earlier: PreviousResolution, request: ResolutionRequest): ResolutionDecided {
  const same =
    earlier.contactId === request.contactId &&
    earlier.type === request.type &&
    earlier.amountMinor === request.amountMinor &&
    earlier.currency === request.currency;
  if (!same)
    throw new AppError(
      'conflict',
      'This idempotency key was already used for a different request',
      'idempotencyKey',
    );
  return { resolutionId: earlier.id, replayed: true };
}

function checkType(cp: CompiledPolicy, request: ResolutionRequest): ResolutionType {
  const type = cp.types[cp.typeIndex.get(request.type) ?? -1];
  if (!type)
    throw AppError.invalid(
      'type',
      `"${request.type}" is not a resolution type; use one of ${cp.types.map((t) => t.key).join(', ')}`,
    );
  if (type.cost.kind === 'fixed' && request.amountMinor !== type.cost.amountMinor) {
    throw AppError.invalid(
      'amount',
      `${type.label} costs a fixed ${formatMoney(type.cost.amountMinor, cp.currency)}`,
    );
  }
  if (type.reasonRequired && request.reason.trim() === '')
    throw AppError.invalid('reason', `say why: ${type.label} needs a reason`);
  return type;
}

function decideOne(cp: CompiledPolicy, a: Admitted, usage: Usage, now: Date): DecidedRequest {
  // Approvers read the reasons about the rep by first name, beside "Requested by Bryan Ortiz".
  const request: AuthorityRequest = {
    person: { ...a.requester.person, name: firstName(a.requester.name) },
    customer: a.customer,
    type: a.type.key,
    amountMinor: a.request.amountMinor,
    currency: a.request.currency,
    orderAgeDays: a.orderAgeDays,
    at: now.getTime(),
  };
  let decision = decide(cp, request, usage);

  // Asking for approval on something within one's own authority is allowed, and noticed kindly.
  const unusedAuthority = decision.outcome === 'within_authority' && a.request.requestApproval;
  let approvalLevel = decision.requiredLevel;
  if (unusedAuthority) {
    const own = decision.level ? decision.level.rank : 0;
    const above = cp.levels.findIndex((l, i) => l.rank > own && levelCovers(cp, i, request, usage));
    approvalLevel = above >= 0 ? cp.levels[above]! : decision.level;
    decision = {
      ...decision,
      reasons: [...decision.reasons, 'You asked for approval anyway.'],
      reasonsForApprover: [
        ...decision.reasonsForApprover,
        `${firstName(a.requester.name)} could have granted this alone and asked for approval anyway.`,
      ],
    };
  }
  const status: ResolutionStatus =
    unusedAuthority || decision.outcome === 'needs_approval'
      ? 'pending_approval'
      : decision.outcome === 'within_authority'
        ? 'granted'
        : 'denied';
  if (status === 'pending_approval' && !approvalLevel)
    throw new Error('a decision that needs approval names no level');
  const approval =
    status === 'pending_approval' && approvalLevel
      ? {
          id: randomUUID(),
          level: { key: approvalLevel.key, rank: approvalLevel.rank },
          unusedAuthority,
          isTop: approvalLevel.rank === cp.levels.length,
        }
      : null;
  return { ...a, resolutionId: randomUUID(), decision, status, approval };
}

/** The row a fresh decision would read back (see queries/find-resolution.ts), built from what was just written. */
function freshRow(d: DecidedRequest, receipt: LedgerPosition | null, now: Date): ResolutionRow {
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
    approvalLevelName: approval
      ? (d.organization.levelNames.get(approval.level.key) ?? null)
      : null,
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

function settled(
  results: Array<Settled<ResolutionDecided> | undefined>,
): Array<Settled<ResolutionDecided>> {
  return results.map((r) => r ?? { ok: false, error: new Error('request left undecided') });
}
