import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';

/**
 * The customer who already has this phone number or e-mail address: a rep about to add a second
 * record for someone is sent to the first one, whose flags and history the policy must see.
 */
export async function findHolder(options: {
  db: Db;
  organizationId: string;
  phone: string | null;
  email: string | null;
}): Promise<AppError | null> {
  const { db, organizationId, phone, email } = options;
  if (!phone && !email) return null;
  const holders = await db
    .selectFrom('customers')
    .select(['id', 'name', 'phone', 'email'])
    .where('organizationId', '=', organizationId)
    .where((eb) =>
      eb.or([
        ...(phone ? [eb('phone', '=', phone)] : []),
        ...(email ? [eb(eb.fn('lower', ['email']), '=', email)] : []),
      ]),
    )
    .execute();
  const byPhone = phone ? holders.find((h) => h.phone === phone) : undefined;
  const holder = byPhone ?? holders[0];
  if (!holder) return null;
  const field = byPhone ? 'phone' : 'email';
  return new AppError(
    'conflict',
    `${holder.name} already has ${byPhone ? phone : email}: open their profile instead`,
    field,
    undefined,
    { existing: { id: holder.id, name: holder.name } },
  );
}
