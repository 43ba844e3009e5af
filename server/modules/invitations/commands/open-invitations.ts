import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';
import { hashSecret, newSecret } from '../../auth/secret-token.ts';

export type OpenedInvitation = { invitationId: string; personId: string; token: string };

/**
 * Invitations for people already here (imported, or added before invitations existed): each active
 * person of the organization among `personIds` who has no password and no invitation yet gets one,
 * in one INSERT … ON CONFLICT (person_id) DO NOTHING. The unique person_id is what makes it atomic
 * per person: of two simultaneous calls for the same people, each person is invited by one only, and
 * a second call later finds them invited and skips them. Anyone else is silently left out; the
 * caller says why when it asked for one person.
 */
export async function openInvitations(options: {
  db: Db;
  organizationId: string;
  personIds: readonly string[];
  actorId: string | null;
  now: Date;
  ttlHours: number;
}): Promise<OpenedInvitation[]> {
  const { now } = options;
  if (options.personIds.length === 0) return [];
  const tokens = new Map<string, string>();
  for (let i = 0; i < options.personIds.length; i++) {
    const token = newSecret();
    tokens.set(hashSecret(token), token);
  }
  const hashes = [...tokens.keys()];
  const expiresAt = new Date(now.getTime() + options.ttlHours * 3_600_000);
  const { rows } = await sql<{ id: string; personId: string; tokenHash: string }>`
    insert into invitations
      (organization_id, person_id, token_hash, invited_by, created_at, sent_at, expires_at)
    select p.organization_id, p.id, v.token_hash, ${options.actorId}::uuid, ${now}, ${now}, ${expiresAt}
    from unnest(${[...options.personIds]}::uuid[], ${hashes}::text[]) as v (person_id, token_hash)
    join people p on p.id = v.person_id
    where p.organization_id = ${options.organizationId} and p.active and p.password_hash is null
    on conflict (person_id) do nothing
    returning id, person_id as "personId", token_hash as "tokenHash"`.execute(options.db);
  return rows.map((row) => ({
    invitationId: row.id,
    personId: row.personId,
    token: tokens.get(row.tokenHash)!,
  }));
}
