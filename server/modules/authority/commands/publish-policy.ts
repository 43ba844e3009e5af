import { validatePolicy } from '../../../../domain/authority/validate.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { recordEvents } from '../../../realtime/record-events.ts';
import { appendLedgerEntries } from '../../ledger/commands/append-ledger-entries.ts';

type LevelRow = { key: string; name: string; rank: number };

/** People hold levels by key; a policy must speak of exactly the organization's levels, in rank order. */
function checkLevels(policyLevels: Array<{ key: string }>, orgLevels: LevelRow[]): void {
  const want = orgLevels.map((l) => l.key).join(', ');
  const got = policyLevels.map((l) => l.key).join(', ');
  if (want !== got) throw AppError.invalid('levels', `the policy's levels (${got}) must be the organization's levels in rank order (${want})`);
}

/** Publishes the draft as the next version: validated, immutable from then on, and recorded in the ledger. */
export async function publishPolicy(options: { db: Db; organizationId: string; personId: string; note: string; now: Date }): Promise<{ version: number }> {
  return options.db.transaction().execute(async (trx) => {
    const draft = await trx
      .selectFrom('authorityPolicies')
      .select(['id', 'version', 'document'])
      .where('organizationId', '=', options.organizationId)
      .where('status', '=', 'draft')
      .forUpdate()
      .executeTakeFirst();
    if (!draft) throw new AppError('conflict', 'There is no draft to publish');
    const validation = validatePolicy(draft.document);
    if (!validation.ok) throw AppError.invalid('document', `the draft has ${validation.issues.length} problem(s); the first: ${validation.issues[0]!.message}`);
    const levels = await trx.selectFrom('authorityLevels').select(['key', 'name', 'rank']).where('organizationId', '=', options.organizationId).orderBy('rank').execute();
    checkLevels(validation.policy.levels, levels);

    await trx
      .updateTable('authorityPolicies')
      .set({ status: 'published', note: options.note, publishedAt: options.now, publishedBy: options.personId, updatedAt: options.now })
      .where('id', '=', draft.id)
      .execute();
    // Everyone with a screen open hears of it (those who are not will load the new version anyway).
    const connected = await trx
      .selectFrom('personPresence')
      .select('personId')
      .where('organizationId', '=', options.organizationId)
      .where('connectedUntil', '>', options.now)
      .execute();
    await recordEvents(
      trx,
      connected.map((p) => ({ organizationId: options.organizationId, recipientId: p.personId, type: 'policy.published' as const, data: { version: draft.version } })),
    );
    await appendLedgerEntries(trx, options.organizationId, [
      { kind: 'policy.published', at: options.now, actorId: options.personId, data: { version: draft.version, note: options.note } },
    ]);
    return { version: draft.version };
  });
}
