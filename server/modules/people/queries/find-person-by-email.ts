import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';

export async function findPersonIdByEmail(options: { db: Db; organizationId: string; email: string }): Promise<string> {
  const email = options.email.trim().toLowerCase();
  const person = await options.db
    .selectFrom('people')
    .select('id')
    .where('organizationId', '=', options.organizationId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
    .executeTakeFirst();
  if (!person) throw new AppError('not_found', `No person ${email} in this organization`);
  return person.id;
}
