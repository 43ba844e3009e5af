import type { Db } from '../../../db/database.ts';
import type { PersonUpdate, Role } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import { announceCredentialsChanged } from '../../../realtime/credentials-changed.ts';
import { checkManager, checkTeam, resolveLevelId } from './resolve-references.ts';

export type UpdatePersonOptions = {
  db: Db;
  organizationId: string;
  personId: string;
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

export async function updatePerson({ db, organizationId, personId, changes }: UpdatePersonOptions): Promise<void> {
  const exists = await db.selectFrom('people').select('id').where('organizationId', '=', organizationId).where('id', '=', personId).executeTakeFirst();
  if (!exists) throw AppError.notFound('Person');

  const update: PersonUpdate = {};
  if (changes.name !== undefined) update.name = changes.name;
  if (changes.role !== undefined) update.role = changes.role;
  if (changes.extension !== undefined) update.extension = changes.extension;
  if (changes.active !== undefined) update.active = changes.active;
  if (changes.levelKey !== undefined) update.levelId = changes.levelKey ? await resolveLevelId(db, organizationId, changes.levelKey) : null;
  if (changes.teamId) await checkTeam(db, organizationId, changes.teamId);
  if (changes.teamId !== undefined) update.teamId = changes.teamId;
  if (changes.managerId) await checkManager(db, organizationId, changes.managerId, personId);
  if (changes.managerId !== undefined) update.managerId = changes.managerId;

  await db.updateTable('people').set(update).where('organizationId', '=', organizationId).where('id', '=', personId).execute();
  // A deactivated person is signed out everywhere at once.
  if (changes.active === false) await db.deleteFrom('sessions').where('personId', '=', personId).execute();
  // Their open event streams are re-checked on every instance, and end unless nothing that authorizes them changed.
  if (changes.active !== undefined || changes.role !== undefined || changes.levelKey !== undefined) await announceCredentialsChanged(db, [personId]);
}
