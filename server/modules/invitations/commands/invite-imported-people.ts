import type { Db } from '../../../db/database.ts';
import { importedPeople } from '../../imports/queries/imported-people.ts';
import { openInvitations, type OpenedInvitation } from './open-invitations.ts';

/**
 * Invites everyone an applied people import named who still cannot sign in (no password, no
 * invitation): see openInvitations for why a second call, or two at once, invites nobody twice.
 */
export async function inviteImportedPeople(options: {
  db: Db;
  organizationId: string;
  importId: string;
  actorId: string | null;
  now: Date;
  ttlHours: number;
}): Promise<OpenedInvitation[]> {
  const personIds = await importedPeople(options);
  return openInvitations({ ...options, personIds });
}
