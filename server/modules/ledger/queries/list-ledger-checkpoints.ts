import type { Db } from '../../../db/database.ts';
import { afterKey, exactTime, keyset, pageOf } from '../../../db/keyset.ts';

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
  const after = keys.decode(options.cursor);
  let query = options.db
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
  if (after)
    query = query.where(
      afterKey('desc', [
        { column: 'c.issuedAt', value: after[0], type: 'timestamptz' },
        { column: 'c.id', value: after[1], type: 'bigint' },
      ]),
    );
  const rows = await query
    .orderBy('c.issuedAt', 'desc')
    .orderBy('c.id', 'desc')
    .limit(options.limit + 1)
    .execute();
  const page = pageOf(rows, options.limit, (last) => keys.encode([last.keyTime, last.id]));
  return {
    rows: page.rows.map(({ personId, personName, issuedAt, id: _id, keyTime: _key, ...row }) => ({
      ...row,
      issuedAt: issuedAt.toISOString(),
      issuedBy: personId && personName ? { id: personId, name: personName } : null,
    })),
    nextCursor: page.nextCursor,
  };
}
