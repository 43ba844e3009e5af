import { sql, type Kysely, type RawBuilder } from 'kysely';

import type { AuthorityRequest } from '../../../../domain/authority/decide.ts';
import { UsageTally } from '../../../../domain/authority/usage-tally.ts';
import type { Database } from '../../../db/schema.ts';
import { idempotencyKeyOf, type DecisionScope } from '../decision-scope.ts';

export type Requester = { person: AuthorityRequest['person']; name: string };

/** What every request of the organization shares: its approval time-out, policy in force and level names. */
export type DecidingOrganization = {
  approvalTimeoutSeconds: number;
  policyId: string | null;
  levelNames: ReadonlyMap<string, string>;
};

export type ContactForDecision = {
  id: string;
  customerId: string | null;
  status: string;
  openedBy: string;
};

export type DecisionCustomer = AuthorityRequest['customer'] & { id: string };

export type PreviousResolution = {
  id: string;
  requestedBy: string;
  idempotencyKey: string;
  contactId: string;
  type: string;
  amountMinor: number;
  currency: string;
};

export type DecisionInputs = {
  /** Null when the organization does not exist. */
  organization: DecidingOrganization | null;
  requesters: Map<string, Requester>;
  contacts: Map<string, ContactForDecision>;
  /** The customers of the contacts. */
  customers: Map<string, DecisionCustomer>;
  /** Resolutions already made under the batch's idempotency keys, by `idempotencyKeyOf`. */
  previous: Map<string, PreviousResolution>;
  orders: Map<string, { customerId: string; placedAt: Date }>;
  /** Empty when the scope had no windows. */
  usage: UsageTally;
  /** The versions of the rows read (and the policy in force): `record_decisions` writes only if they are unchanged. */
  versions: string;
};

/** The arguments of `decision_inputs` (and of `read_decision_inputs` after its first), in their order. */
function decisionScopeArguments(scope: DecisionScope): RawBuilder<unknown> {
  const w = scope.windows;
  return sql`${scope.organizationId}::uuid, ${scope.personIds}::uuid[], ${scope.contactIds}::uuid[],
    ${scope.keys.map((k) => k.personId)}::uuid[], ${scope.keys.map((k) => k.idempotencyKey)}::text[], ${scope.orderIds}::uuid[],
    ${scope.now.toISOString()}::timestamptz, ${w?.types ?? null}::text[], ${w?.starts ?? null}::timestamptz[]`;
}

type Document = {
  organization:
    | [approvalTimeoutSeconds: number, policyId: string | null, levelNames: Array<[string, string]>]
    | null;
  people: Array<
    [
      id: string,
      name: string,
      certifications: string[],
      levelKey: string | null,
      lapsed: Array<[key: string, expiredAt: number]>,
    ]
  >;
  contacts: Array<[id: string, customerId: string | null, status: string, openedBy: string]>;
  customers: Array<
    [
      id: string,
      lifetimeValueMinor: number,
      segment: string,
      flags: string[],
      linkedPersonId: string | null,
    ]
  >;
  previous: Array<
    [
      id: string,
      requestedBy: string,
      idempotencyKey: string,
      contactId: string,
      type: string,
      amountMinor: number,
      currency: string,
    ]
  >;
  orders: Array<[id: string, customerId: string, placedAtMs: number]>;
  usage: Array<
    [
      scope: 'person' | 'customer' | 'contact',
      key: string,
      type: string | null,
      first: number,
      second: number,
    ]
  >;
};

/**
 * Reads a batch's inputs. With `lock`, the requesters' and then the customers' rows are locked first
 * (the caller must be in a transaction, which then needs no check at write time); without, nothing is
 * locked and the write checks the versions instead.
 */
export async function readDecisionInputs(
  db: Kysely<Database>,
  scope: DecisionScope,
  options: { lock: boolean },
): Promise<DecisionInputs> {
  const result = await sql<{ inputs: string; versions: string }>`
    select * from read_decision_inputs(${options.lock}::boolean, ${decisionScopeArguments(scope)})`.execute(
    db,
  );
  const row = result.rows[0]!;
  // Text, parsed here: the camel-case plugin would otherwise walk the whole document.
  const doc = JSON.parse(row.inputs) as Document;
  const usage = new UsageTally();
  for (const [kind, key, type, first, second] of doc.usage) {
    if (kind === 'person') usage.setPerson(key, type!, first, second);
    else if (kind === 'customer') usage.setCustomer(key, type!, first);
    else usage.setContact(key, first);
  }
  const org = doc.organization;
  return {
    organization: org
      ? { approvalTimeoutSeconds: org[0], policyId: org[1], levelNames: new Map(org[2]) }
      : null,
    requesters: new Map(
      doc.people.map(([id, name, certifications, levelKey, lapsed]) => [
        id,
        {
          person: {
            id,
            levelKey,
            certifications,
            // So a reason can say a certificate lapsed (migration 20261207200000), not only that one would help.
            ...(lapsed.length > 0 && {
              lapsedCertifications: lapsed.map(([key, expiredAt]) => ({ key, expiredAt })),
            }),
          },
          name,
        },
      ]),
    ),
    contacts: new Map(
      doc.contacts.map(([id, customerId, status, openedBy]) => [
        id,
        { id, customerId, status, openedBy },
      ]),
    ),
    customers: new Map(
      doc.customers.map(([id, lifetimeValueMinor, segment, flags, linkedPersonId]) => [
        id,
        { id, lifetimeValueMinor, segment, flags, linkedPersonId },
      ]),
    ),
    previous: new Map(
      doc.previous.map(
        ([id, requestedBy, idempotencyKey, contactId, type, amountMinor, currency]) => [
          idempotencyKeyOf(requestedBy, idempotencyKey),
          { id, requestedBy, idempotencyKey, contactId, type, amountMinor, currency },
        ],
      ),
    ),
    orders: new Map(
      doc.orders.map(([id, customerId, placedAtMs]) => [
        id,
        { customerId, placedAt: new Date(placedAtMs) },
      ]),
    ),
    usage,
    versions: row.versions,
  };
}
