import type { Transaction } from 'kysely';

import { authorityRaisesFor } from '../../../../domain/authority/authority-raises.ts';
import { policyDocumentSchema } from '../../../../domain/authority/policy.ts';
import { validatePolicy } from '../../../../domain/authority/validate.ts';
import type { Db } from '../../../db/database.ts';
import type { Database } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import { draftPolicy, publishGate } from '../../../policies/draft-policy.ts';
import type { TokenActing } from '../../../policies/principal.ts';
import { authorizeRecord } from '../../../policies/verdict.ts';
import { recordEvents } from '../../../realtime/record-events.ts';
import { appendLedgerEntries } from '../../ledger/commands/append-ledger-entries.ts';
import { checkOverridePeople } from '../queries/check-override-people.ts';
import { announcePolicyPublished } from './announce-policy-published.ts';

type LevelRow = { key: string; name: string; rank: number };

/** People hold levels by key; a policy must speak of exactly the organization's levels, in rank order. */
function checkLevels(policyLevels: Array<{ key: string }>, orgLevels: LevelRow[]): void {
  const want = orgLevels.map((l) => l.key).join(', ');
  const got = policyLevels.map((l) => l.key).join(', ');
  if (want !== got)
    throw AppError.invalid(
      'levels',
      `the policy's levels (${got}) must be the organization's levels in rank order (${want})`,
    );
}

export type PublishPolicyOptions = {
  db: Db;
  organizationId: string;
  personId: string;
  note: string;
  /** The draft's updatedAt as the publisher saw it: a draft changed since is not published. */
  draftUpdatedAt?: Date | undefined;
  token?: TokenActing | undefined;
  now: Date;
};
export type PublishOutcome = {
  version: number;
  status: 'published' | 'awaiting_second_admin';
  raises: string[];
};

/**
 * Publishes the draft as the next version: validated, immutable from then on, and recorded in the
 * ledger. When it raises the publisher's own authority and another admin exists, it waits for them
 * instead: their publish of the same draft is their agreement (see server/policies/draft-policy.ts).
 */
export async function publishPolicy(options: PublishPolicyOptions): Promise<PublishOutcome> {
  const { organizationId, personId, now } = options;
  return options.db.transaction().execute(async (trx) => {
    const draft = await trx
      .selectFrom('authorityPolicies')
      .select([
        'id',
        'version',
        'document',
        'publishRequestedBy',
        'publishRequestNote',
        'updatedAt',
      ])
      .where('organizationId', '=', organizationId)
      .where('status', '=', 'draft')
      .forUpdate()
      .executeTakeFirst();
    if (!draft) throw new AppError('conflict', 'There is no draft to publish');
    const validation = validatePolicy(draft.document);
    if (!validation.ok)
      throw AppError.invalid(
        'document',
        `the draft has ${validation.issues.length} problem(s); the first: ${validation.issues[0]!.message}`,
      );
    const levels = await trx
      .selectFrom('authorityLevels')
      .select(['key', 'name', 'rank'])
      .where('organizationId', '=', organizationId)
      .orderBy('rank')
      .execute();
    checkLevels(validation.policy.levels, levels);
    await checkOverridePeople(trx, organizationId, validation.policy.overrides);
    authorizeRecord(draftPolicy(personId).publish(draft, options.draftUpdatedAt));

    const raises = await raisesOfPublisher(trx, organizationId, personId, validation.policy);
    const otherAdmins = await trx
      .selectFrom('people')
      .select('id')
      .where('organizationId', '=', organizationId)
      .where('role', '=', 'admin')
      .where('active', '=', true)
      .where('id', '!=', personId)
      .execute();
    const gate = publishGate({
      raisesPublisher: raises.length > 0,
      requestedBy: draft.publishRequestedBy,
      publisherId: personId,
      otherAdmins: otherAdmins.length,
    });
    const token = options.token ? { token: options.token } : {};

    if (gate.kind === 'await_second_admin') {
      await trx
        .updateTable('authorityPolicies')
        .set({
          publishRequestedBy: personId,
          publishRequestedAt: now,
          publishRequestNote: options.note,
        })
        .where('id', '=', draft.id)
        .execute();
      await recordEvents(
        trx,
        otherAdmins.map((a) => ({
          organizationId,
          recipientId: a.id,
          type: 'policy.publish_requested' as const,
          data: { version: draft.version },
        })),
      );
      await appendLedgerEntries(trx, organizationId, [
        {
          kind: 'policy.publish_requested',
          at: now,
          actorId: personId,
          data: { version: draft.version, note: options.note, raises, ...token },
        },
      ]);
      return { version: draft.version, status: 'awaiting_second_admin', raises };
    }

    // Agreeing to another admin's request publishes it as theirs, with their note; the agreement is the approval.
    const requester =
      draft.publishRequestedBy !== null && draft.publishRequestedBy !== personId
        ? draft.publishRequestedBy
        : null;
    const publishedBy = requester ?? personId;
    const note = requester ? (draft.publishRequestNote ?? options.note) : options.note;
    await trx
      .updateTable('authorityPolicies')
      .set({
        status: 'published',
        note,
        publishedAt: now,
        publishedBy,
        approvedBy: requester ? personId : null,
        selfAffecting: gate.selfAffecting,
        updatedAt: now,
      })
      .where('id', '=', draft.id)
      .execute();
    const announced = await announcePolicyPublished(trx, {
      organizationId,
      version: draft.version,
      next: validation.policy,
      now,
    });
    // Everyone with a screen open hears of it (those who are not will load the new version anyway).
    const connected = await trx
      .selectFrom('personPresence')
      .select('personId')
      .where('organizationId', '=', organizationId)
      .where('connectedUntil', '>', now)
      .execute();
    await recordEvents(trx, [
      ...connected.map((p) => ({
        organizationId,
        recipientId: p.personId,
        type: 'policy.published' as const,
        data: { version: draft.version },
      })),
      ...announced,
    ]);
    const agreement = requester ? { approvedBy: personId, approvalNote: options.note } : {};
    const selfAffecting = gate.selfAffecting ? { selfAffecting: true, raises } : {};
    await appendLedgerEntries(trx, organizationId, [
      {
        kind: 'policy.published',
        at: now,
        actorId: publishedBy,
        data: { version: draft.version, note, ...agreement, ...selfAffecting, ...token },
      },
    ]);
    return { version: draft.version, status: 'published', raises };
  });
}

/** What the draft lets its publisher decide that the policy in force does not; an organization's first policy raises nothing. */
async function raisesOfPublisher(
  trx: Transaction<Database>,
  organizationId: string,
  personId: string,
  draft: ReturnType<typeof policyDocumentSchema.parse>,
): Promise<string[]> {
  const [inForce, publisher] = await Promise.all([
    trx
      .selectFrom('authorityPolicies')
      .select('document')
      .where('organizationId', '=', organizationId)
      .where('status', '=', 'published')
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst(),
    trx
      .selectFrom('people')
      .leftJoin('authorityLevels', 'authorityLevels.id', 'people.levelId')
      .select(['people.id', 'authorityLevels.key as levelKey'])
      .where('people.organizationId', '=', organizationId)
      .where('people.id', '=', personId)
      .executeTakeFirstOrThrow(),
  ]);
  if (!inForce) return [];
  return authorityRaisesFor(policyDocumentSchema.parse(inForce.document), draft, publisher);
}
