import type { Db } from '../../../db/database.ts';

export function listApiTokens(options: { db: Db; organizationId: string; tokenId?: string }) {
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
    ])
    .where('apiTokens.organizationId', '=', options.organizationId);
  if (options.tokenId) query = query.where('apiTokens.id', '=', options.tokenId);
  return query.orderBy('apiTokens.createdAt', 'desc').execute();
}

export type ApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];
