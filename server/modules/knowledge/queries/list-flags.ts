import type { Kysely } from 'kysely';

import { afterKey, exactTime, keyset, pageOf } from '../../../db/keyset.ts';
import type { Database } from '../../../db/schema.ts';
import { knowledgeRank, type KnowledgeActor } from '../../../policies/knowledge-article.ts';
import { selectFlags } from './select-flags.ts';
import { visibleTo } from './visible-articles.ts';

const keys = keyset('knowledge-flags', ['time', 'uuid']);

/**
 * The flag queue, a page at a time: a publisher's or an admin's is every flag; anyone else's is
 * the flags on the articles they own and the ones they raised, on articles they can see. Open ones
 * oldest first (the one waiting longest on top); with resolved ones, newest first.
 */
export async function listFlags(
  db: Kysely<Database>,
  options: {
    organizationId: string;
    viewer: KnowledgeActor;
    open: boolean;
    cursor?: string | undefined;
    limit: number;
  },
) {
  const { viewer } = options;
  const direction = options.open ? 'asc' : 'desc';
  const after = keys.decode(options.cursor);
  let query = selectFlags(db, options.organizationId)
    .select(exactTime('f.createdAt').as('keyTime'))
    .where(visibleTo(viewer));
  if (options.open) query = query.where('f.resolvedAt', 'is', null);
  if (knowledgeRank(viewer) < 3)
    query = query.where((eb) =>
      eb.or([eb('a.ownerId', '=', viewer.personId), eb('f.raisedBy', '=', viewer.personId)]),
    );
  if (after)
    query = query.where(
      afterKey(direction, [
        { column: 'f.createdAt', value: after[0], type: 'timestamptz' },
        { column: 'f.id', value: after[1], type: 'uuid' },
      ]),
    );
  const rows = await query
    .orderBy('f.createdAt', direction)
    .orderBy('f.id', direction)
    .limit(options.limit + 1)
    .execute();
  return pageOf(rows, options.limit, (last) => keys.encode([last.keyTime, last.id]));
}
