import type { Db } from '../../../db/database.ts';
import { afterKey, exactTime, keyset, pageOf } from '../../../db/keyset.ts';

/** Newest first, by when a token was made (set once) and its id. */
const keys = keyset('api-tokens', ['time', 'uuid']);

/** The organization's tokens, newest first: a page with `limit`, all (or the one `tokenId` names) without. */
export async function listApiTokens(options: {
  db: Db;
  organizationId: string;
  tokenId?: string;
  /** Only the tokens that act as this person. */
  personId?: string;
  cursor?: string;
  limit?: number;
}) {
  const after = keys.decode(options.cursor);
  let query = options.db
    .selectFrom('apiTokens')
    .leftJoin('people', 'people.id', 'apiTokens.personId')
    .leftJoin('people as creator', 'creator.id', 'apiTokens.createdBy')
    .select([
      'apiTokens.id',
      'apiTokens.name',
      'apiTokens.prefix',
      'apiTokens.createdAt',
      'apiTokens.lastUsedAt',
      'apiTokens.revokedAt',
      'people.id as personId',
      'people.name as personName',
      'creator.id as creatorId',
      'creator.name as creatorName',
      exactTime('apiTokens.createdAt').as('keyTime'),
    ])
    .where('apiTokens.organizationId', '=', options.organizationId);
  if (options.tokenId) query = query.where('apiTokens.id', '=', options.tokenId);
  if (options.personId) query = query.where('apiTokens.personId', '=', options.personId);
  if (after)
    query = query.where(
      afterKey('desc', [
        { column: 'apiTokens.createdAt', value: after[0], type: 'timestamptz' },
        { column: 'apiTokens.id', value: after[1], type: 'uuid' },
      ]),
    );
  query = query.orderBy('apiTokens.createdAt', 'desc').orderBy('apiTokens.id', 'desc');
  if (options.limit === undefined) return { rows: await query.execute(), nextCursor: null };
  const rows = await query.limit(options.limit + 1).execute();
  return pageOf(rows, options.limit, (last) => keys.encode([last.keyTime, last.id]));
}

export type ApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>['rows'][number];
