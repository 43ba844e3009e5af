import type { Db } from '../../../db/database.ts';
import { exactTime, keyset, newestFirstPage } from '../../../db/keyset.ts';

export type IssuedCheckpoint = {
  treeSize: number;
  rootHash: string;
  issuedAt: string;
  keyId: string;
  signature: string;
  issuedBy: { id: string; name: string } | null;
};

/** Newest first, by when a checkpoint was issued (append-only) and its id. */
const keys = keyset('ledger-checkpoints', ['time', 'int']);

/** The checkpoints issued for the organization, newest first. */
export async function listLedgerCheckpoints(options: {
  db: Db;
  organizationId: string;
  cursor?: string;
  limit: number;
}): Promise<{ rows: IssuedCheckpoint[]; nextCursor: string | null }> {
  const query = options.db
    .selectFrom('ledgerCheckpoints as c')
    .leftJoin('people as p', (join) =>
      join.onRef('p.id', '=', 'c.issuedBy').onRef('p.organizationId', '=', 'c.organizationId'),
    )
    .select([
      'c.treeSize',
      'c.rootHash',
      'c.issuedAt',
      'c.keyId',
      'c.signature',
      'p.id as personId',
      'p.name as personName',
      'c.id',
      exactTime('c.issuedAt').as('keyTime'),
    ])
    .where('c.organizationId', '=', options.organizationId);
  const page = await newestFirstPage(query, { keys, time: 'c.issuedAt', id: 'c.id' }, options);
  return {
    rows: page.rows.map(({ personId, personName, issuedAt, id: _id, keyTime: _key, ...row }) => ({
      ...row,
      issuedAt: issuedAt.toISOString(),
      issuedBy: personId && personName ? { id: personId, name: personName } : null,
    })),
    nextCursor: page.nextCursor,
  };
}
