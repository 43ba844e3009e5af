import type { Db } from '../../../db/database.ts';

/** Invitations of one organization with their person, level and inviter: the shape the presenter maps. */
export function selectInvitations(db: Db, organizationId: string) {
  return db
    .selectFrom('invitations')
    .innerJoin('people as person', 'person.id', 'invitations.personId')
    .leftJoin('authorityLevels as level', 'level.id', 'person.levelId')
    .leftJoin('people as inviter', 'inviter.id', 'invitations.invitedBy')
    .select([
      'invitations.id',
      'invitations.organizationId',
      'invitations.createdAt',
      'invitations.sentAt',
      'invitations.expiresAt',
      'invitations.acceptedAt',
      'invitations.revokedAt',
      'person.id as personId',
      'person.name as personName',
      'person.email as personEmail',
      'person.role as personRole',
      'level.id as levelId',
      'level.key as levelKey',
      'level.name as levelName',
      'level.rank as levelRank',
      'inviter.id as inviterId',
      'inviter.name as inviterName',
    ])
    .where('invitations.organizationId', '=', organizationId);
}

export type InvitationRow = Awaited<
  ReturnType<ReturnType<typeof selectInvitations>['executeTakeFirstOrThrow']>
>;
