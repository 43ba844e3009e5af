import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { appendLedgerEntries } from '../../ledger/commands/append-ledger-entries.ts';

export type MergeCustomersOptions = {
  db: Db;
  organizationId: string;
  adminId: string;
  survivorId: string;
  duplicateId: string;
  now: Date;
};

export type MergeResult = { moved: { contacts: number; resolutions: number; orders: number } };

/**
 * Folds a duplicate record into the customer who stays, so nothing the duplicate carried can be
 * dodged by using one record or the other:
 *
 * - its contacts, resolutions and orders move to the survivor (the usage triggers move the grants'
 *   totals and bump both customers' usage_version, so a decision read before the merge decides again);
 * - flags are the union of both; the lifetime value and segment are those of the record with the
 *   higher lifetime value (not the sum: two records usually mirror one store account, and a sum
 *   would raise value-scaled authority on history counted twice); an empty phone, e-mail or linked
 *   person is filled from the duplicate;
 * - the duplicate stays as a tombstone pointing at the survivor (ledger entries name it), without
 *   its phone and e-mail, which it keeps as displaced for the record.
 *
 * Both rows are locked in id order for update, which also holds back a contact being attached to
 * either (see the contacts_follow_merges trigger). A duplicate with a request still waiting for
 * approval is refused: the approver is deciding on that record's flags and usage.
 */
export async function mergeCustomers(options: MergeCustomersOptions): Promise<MergeResult> {
  const { db, organizationId, survivorId, duplicateId, now } = options;
  if (survivorId === duplicateId) throw AppError.invalid('duplicateId', 'is the customer itself');
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('customers')
      .select([
        'id',
        'name',
        'email',
        'phone',
        'flags',
        'segment',
        'lifetimeValueMinor',
        'linkedPersonId',
        'mergedIntoId',
      ])
      .where('organizationId', '=', organizationId)
      .where('id', 'in', [survivorId, duplicateId])
      .orderBy('id')
      .forUpdate()
      .execute();
    const survivor = rows.find((r) => r.id === survivorId);
    const duplicate = rows.find((r) => r.id === duplicateId);
    if (!survivor || !duplicate) throw AppError.notFound('Customer');
    for (const c of [survivor, duplicate]) {
      if (c.mergedIntoId)
        throw new AppError(
          'conflict',
          `${c.name} was already merged into another customer`,
          c === duplicate ? 'duplicateId' : undefined,
          undefined,
          { existing: { id: c.mergedIntoId } },
        );
    }
    if (
      survivor.linkedPersonId &&
      duplicate.linkedPersonId &&
      survivor.linkedPersonId !== duplicate.linkedPersonId
    ) {
      throw new AppError(
        'conflict',
        'The two records are linked to different people of the organization: unlink one first',
        'duplicateId',
      );
    }
    const waiting = await trx
      .selectFrom('approvals')
      .innerJoin('resolutions', 'resolutions.id', 'approvals.resolutionId')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('approvals.organizationId', '=', organizationId)
      .where('resolutions.customerId', '=', duplicateId)
      .where('approvals.status', '=', 'pending')
      .executeTakeFirstOrThrow();
    if (Number(waiting.n) > 0) {
      throw new AppError(
        'conflict',
        `${duplicate.name} has ${waiting.n} request(s) waiting for approval: let them be decided or cancelled first`,
        'duplicateId',
      );
    }

    const move = async (table: 'contacts' | 'resolutions' | 'orders') =>
      Number(
        (
          await trx
            .updateTable(table)
            .set({ customerId: survivorId })
            .where('organizationId', '=', organizationId)
            .where('customerId', '=', duplicateId)
            .executeTakeFirst()
        ).numUpdatedRows,
      );
    const moved = {
      contacts: await move('contacts'),
      resolutions: await move('resolutions'),
      orders: await move('orders'),
    };
    // Earlier merges into the duplicate now point at the survivor: a tombstone is never two hops away.
    await trx
      .updateTable('customers')
      .set({ mergedIntoId: survivorId })
      .where('organizationId', '=', organizationId)
      .where('mergedIntoId', '=', duplicateId)
      .execute();

    // The duplicate lets go of its phone and e-mail first: they are unique, and the survivor may take them.
    await trx
      .updateTable('customers')
      .set({
        mergedIntoId: survivorId,
        phone: null,
        email: null,
        displacedPhone: duplicate.phone,
        displacedEmail: duplicate.email,
      })
      .where('id', '=', duplicateId)
      .execute();
    const flags = [...new Set([...survivor.flags, ...duplicate.flags])];
    const valued =
      duplicate.lifetimeValueMinor > survivor.lifetimeValueMinor ? duplicate : survivor;
    await trx
      .updateTable('customers')
      .set({
        flags: JSON.stringify(flags),
        lifetimeValueMinor: valued.lifetimeValueMinor,
        segment: valued.segment,
        phone: survivor.phone ?? duplicate.phone,
        email: survivor.email ?? duplicate.email,
        linkedPersonId: survivor.linkedPersonId ?? duplicate.linkedPersonId,
      })
      .where('id', '=', survivorId)
      .execute();

    await appendLedgerEntries(trx, organizationId, [
      {
        kind: 'customer.merged',
        at: now,
        actorId: options.adminId,
        data: {
          survivor: { id: survivorId, name: survivor.name },
          duplicate: { id: duplicateId, name: duplicate.name },
          moved,
          flags,
        },
      },
    ]);
    return { moved };
  });
}
