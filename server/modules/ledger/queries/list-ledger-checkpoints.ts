import type { Db } from '../../../db/database.ts';

export type IssuedCheckpoint = {
  treeSize: number;
  rootHash: string;
  issuedAt: string;
  keyId: string;
  signature: string;
  issuedBy: { id: string; name: string } | null;
};

/** The checkpoints issued for the organization, newest first. */
export async function listLedgerCheckpoints(options: {
  db: Db;
  organizationId: string;
  limit: number;
}): Promise<IssuedCheckpoint[]> {
  const rows = await options.db
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
    ])
    .where('c.organizationId', '=', options.organizationId)
    .orderBy('c.issuedAt', 'desc')
    .orderBy('c.id', 'desc')
    .limit(options.limit)
    .execute();
  return rows.map(({ personId, personName, issuedAt, ...row }) => ({
    ...row,
    issuedAt: issuedAt.toISOString(),
    issuedBy: personId && personName ? { id: personId, name: personName } : null,
  }));
}
