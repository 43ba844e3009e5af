import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { appendLedgerEntries } from '../../ledger/commands/append-ledger-entries.ts';
import type { KnowledgeLicence } from '../tables.ts';

export type SetKnowledgeLicenceOptions = {
  db: Db;
  organizationId: string;
  actorId: string;
  personId: string;
  /** null revokes: the person reads, links and flags, and writes nothing. */
  licence: KnowledgeLicence | null;
  now: Date;
};

/**
 * An admin grants (or changes, or revokes) someone's KCS licence, recorded in the ledger. Never their
 * own: four eyes, as for authority, so nobody raises what they themselves may publish.
 */
export async function setKnowledgeLicence(options: SetKnowledgeLicenceOptions): Promise<void> {
  const { organizationId, personId, licence, now } = options;
  if (personId === options.actorId)
    throw new AppError(
      'forbidden',
      'Nobody changes their own knowledge licence: another admin grants it',
    );
  await options.db.transaction().execute(async (trx) => {
    const person = await trx
      .selectFrom('people')
      .select('id')
      .where('organizationId', '=', organizationId)
      .where('id', '=', personId)
      .forUpdate()
      .executeTakeFirst();
    if (!person) throw AppError.notFound('Person');
    const previous = await trx
      .selectFrom('knowledgeLicences')
      .select('licence')
      .where('personId', '=', personId)
      .executeTakeFirst();
    if ((previous?.licence ?? null) === licence) return;
    if (licence === null)
      await trx.deleteFrom('knowledgeLicences').where('personId', '=', personId).execute();
    else
      await trx
        .insertInto('knowledgeLicences')
        .values({ personId, organizationId, licence, grantedBy: options.actorId, grantedAt: now })
        .onConflict((oc) =>
          oc
            .column('personId')
            .doUpdateSet({ licence, grantedBy: options.actorId, grantedAt: now }),
        )
        .execute();
    await appendLedgerEntries(trx, organizationId, [
      {
        kind: 'knowledge.licence_granted',
        at: now,
        actorId: options.actorId,
        data: { personId, licence, previous: previous?.licence ?? null },
      },
    ]);
  });
}
