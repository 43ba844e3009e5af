import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { rolesWith } from '../../../policies/ability-holders.ts';

const MAX_AWAY_DAYS = 90;

/**
 * Available or not, and an out-of-office window with a delegate. A delegation always has an end, and
 * the delegate must be someone who can decide approvals: it hands over routing, not authority.
 */
export async function setAvailability(options: {
  db: Db;
  organizationId: string;
  personId: string;
  available: boolean;
  awayUntil?: Date | null | undefined;
  delegateId?: string | null | undefined;
  now: Date;
}): Promise<void> {
  const { db, organizationId, personId, now } = options;
  const awayUntil = options.awayUntil ?? null;
  const delegateId = options.delegateId ?? null;
  if (awayUntil && awayUntil <= now) throw AppError.invalid('awayUntil', 'must be in the future');
  if (awayUntil && awayUntil.getTime() - now.getTime() > MAX_AWAY_DAYS * 86_400_000)
    throw AppError.invalid('awayUntil', `must be within ${MAX_AWAY_DAYS} days`);
  if (delegateId && !awayUntil)
    throw AppError.invalid('awayUntil', 'a delegation needs an end: say until when you are away');
  if (delegateId) {
    if (delegateId === personId)
      throw AppError.invalid('delegateId', 'you cannot delegate to yourself');
    const delegate = await db
      .selectFrom('people')
      .select(['role', 'active'])
      .where('organizationId', '=', organizationId)
      .where('id', '=', delegateId)
      .executeTakeFirst();
    if (!delegate || !delegate.active)
      throw AppError.invalid('delegateId', 'no such person in this organization');
    if (!rolesWith('approvals.decide').includes(delegate.role))
      throw AppError.invalid('delegateId', 'the delegate must be someone who can decide approvals');
  }
  await db
    .insertInto('personPresence')
    .values({
      personId,
      organizationId,
      available: options.available,
      awayUntil,
      delegateId,
      updatedAt: now,
    })
    .onConflict((oc) =>
      oc
        .column('personId')
        .doUpdateSet({ available: options.available, awayUntil, delegateId, updatedAt: now }),
    )
    .execute();
}
