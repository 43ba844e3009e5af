import type { Db } from '../../../db/database.ts';
import type { Role } from '../../../db/schema.ts';
import { hashSecret, newSecret } from '../../auth/secret-token.ts';
import { createPerson } from '../../people/commands/create-person.ts';

export type InvitePersonOptions = {
  db: Db;
  organizationId: string;
  /** The admin who invites; null for the operator. */
  actorId: string | null;
  email: string;
  name: string;
  role: Role;
  levelKey?: string | undefined;
  teamId?: string | undefined;
  now: Date;
  ttlHours: number;
};

/**
 * Adds the person as `POST /api/people` would (the same checks, the same ledger entry naming who
 * added them), but inactive and without a password, together with their invitation: both or
 * neither. Only the token's hash is stored; the token itself is returned once, for the link.
 */
export async function invitePerson(
  options: InvitePersonOptions,
): Promise<{ invitationId: string; token: string }> {
  const { now } = options;
  const token = newSecret();
  return options.db.transaction().execute(async (trx) => {
    const { id: personId } = await createPerson({
      db: trx,
      organizationId: options.organizationId,
      email: options.email,
      name: options.name,
      role: options.role,
      levelKey: options.levelKey,
      teamId: options.teamId,
      active: false,
      actorId: options.actorId,
      now,
    });
    const invitation = await trx
      .insertInto('invitations')
      .values({
        organizationId: options.organizationId,
        personId,
        tokenHash: hashSecret(token),
        invitedBy: options.actorId,
        createdAt: now,
        sentAt: now,
        expiresAt: new Date(now.getTime() + options.ttlHours * 3_600_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { invitationId: invitation.id, token };
  });
}
