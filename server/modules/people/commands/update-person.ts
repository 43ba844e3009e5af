import type { Db } from '../../../db/database.ts';
import type { PersonUpdate, Role } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import { keepsAnAdmin, personChangeVerdict, removesAnAdmin } from '../../../policies/person.ts';
import { authorizeRecord } from '../../../policies/verdict.ts';
import { announceCredentialsChanged } from '../../../realtime/credentials-changed.ts';
import { appendLedgerEntries } from '../../ledger/commands/append-ledger-entries.ts';
import { checkManager } from './check-manager.ts';
import { checkTeam } from './check-team.ts';
import { resolveLevelId } from './resolve-level-id.ts';

export type UpdatePersonOptions = {
  db: Db;
  organizationId: string;
  /** Who makes the change; null for the operator (CLI) or an integration. */
  actorId: string | null;
  personId: string;
  now: Date;
  changes: {
    name?: string | undefined;
    role?: Role | undefined;
    levelKey?: string | null | undefined;
    teamId?: string | null | undefined;
    managerId?: string | null | undefined;
    extension?: string | null | undefined;
    active?: boolean | undefined;
  };
};

export async function updatePerson({
  db,
  organizationId,
  actorId,
  personId,
  changes,
  now,
}: UpdatePersonOptions): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const target = await trx
      .selectFrom('people')
      .leftJoin('authorityLevels', 'authorityLevels.id', 'people.levelId')
      .select(['people.id', 'people.role', 'people.active', 'authorityLevels.key as levelKey'])
      .where('people.organizationId', '=', organizationId)
      .where('people.id', '=', personId)
      .executeTakeFirst();
    if (!target) throw AppError.notFound('Person');
    authorizeRecord(personChangeVerdict(actorId, target, changes));
    if (removesAnAdmin(target, changes)) {
      // Locking every active admin's row makes two admins demoting each other at once take turns, so
      // the second sees the first gone and the organization never ends up with none.
      const admins = await trx
        .selectFrom('people')
        .select('id')
        .where('organizationId', '=', organizationId)
        .where('role', '=', 'admin')
        .where('active', '=', true)
        .orderBy('id')
        .forUpdate()
        .execute();
      const otherActiveAdmins = admins.filter((a) => a.id !== personId).length;
      authorizeRecord(keepsAnAdmin(target, changes, otherActiveAdmins));
    }

    const update: PersonUpdate = {};
    if (changes.name !== undefined) update.name = changes.name;
    if (changes.role !== undefined) update.role = changes.role;
    if (changes.extension !== undefined) update.extension = changes.extension;
    if (changes.active !== undefined) update.active = changes.active;
    if (changes.levelKey !== undefined)
      update.levelId = changes.levelKey
        ? await resolveLevelId(trx, organizationId, changes.levelKey)
        : null;
    if (changes.teamId) await checkTeam(trx, organizationId, changes.teamId);
    if (changes.teamId !== undefined) update.teamId = changes.teamId;
    if (changes.managerId) await checkManager(trx, organizationId, changes.managerId, personId);
    if (changes.managerId !== undefined) update.managerId = changes.managerId;

    await trx
      .updateTable('people')
      .set(update)
      .where('organizationId', '=', organizationId)
      .where('id', '=', personId)
      .execute();
    // A deactivated person is signed out everywhere at once.
    if (changes.active === false)
      await trx.deleteFrom('sessions').where('personId', '=', personId).execute();
    // A change of standing is evidence: the ledger names who gave or took a role, a level or the account.
    const standing = authorityChanges(target, changes);
    if (standing) {
      await appendLedgerEntries(trx, organizationId, [
        { kind: 'person.authority_changed', at: now, actorId, data: { personId, ...standing } },
      ]);
    }
    // Their open event streams are re-checked on every instance, and end unless nothing that authorizes them changed.
    if (
      changes.active !== undefined ||
      changes.role !== undefined ||
      changes.levelKey !== undefined
    )
      await announceCredentialsChanged(trx, [personId]);
  });
}

/** What changed of the person's role, level or active state, as before and after; null when none did. */
function authorityChanges(
  target: { role: Role; levelKey: string | null; active: boolean },
  changes: UpdatePersonOptions['changes'],
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const key of ['role', 'levelKey', 'active'] as const) {
    const next = changes[key];
    if (next !== undefined && next !== target[key]) {
      before[key] = target[key];
      after[key] = next;
    }
  }
  return Object.keys(after).length === 0 ? null : { before, after };
}
