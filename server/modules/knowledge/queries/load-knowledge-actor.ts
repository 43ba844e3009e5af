import type { Kysely } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import type { KnowledgeActor } from '../../../policies/knowledge-article.ts';
import type { Principal } from '../../../policies/principal.ts';

/** The caller as the knowledge rules see them: their role and their licence (none: a reader). */
export async function loadKnowledgeActor(
  db: Kysely<Database>,
  principal: Principal,
): Promise<KnowledgeActor> {
  // The abilities already keep integration tokens out; this makes the type say so.
  if (principal.kind !== 'person')
    throw new AppError('forbidden', 'The knowledge base is for people, not integrations');
  const row = await db
    .selectFrom('knowledgeLicences')
    .select('licence')
    .where('organizationId', '=', principal.organizationId)
    .where('personId', '=', principal.personId)
    .executeTakeFirst();
  return { personId: principal.personId, role: principal.role, licence: row?.licence ?? null };
}
