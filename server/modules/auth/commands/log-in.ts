import type { Db } from '../../../db/database.ts';
import type { Person } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import { timingDecoyHash, verifyPassword } from '../password.ts';
import { createSession, type NewSession } from './create-session.ts';

export type LogInOptions = {
  db: Db;
  email: string;
  password: string;
  now: Date;
  sessionTtlHours: number;
  maxFailures: number;
  windowMinutes: number;
};

/** Checks the password and opens a session; refuses with 429 after too many recent failures. */
export async function logIn(options: LogInOptions): Promise<NewSession & { person: Person }> {
  const { db, password, now } = options;
  const email = options.email.trim().toLowerCase();
  const windowStart = new Date(now.getTime() - options.windowMinutes * 60_000);

  const recent = await db
    .selectFrom('loginFailures')
    .select([(eb) => eb.fn.countAll<number>().as('count'), (eb) => eb.fn.min('at').as('oldest')])
    .where('email', '=', email)
    .where('at', '>', windowStart)
    .executeTakeFirstOrThrow();
  if (Number(recent.count) >= options.maxFailures) {
    const oldest = recent.oldest ? new Date(recent.oldest).getTime() : now.getTime();
    const retryAfter = Math.max(1, Math.ceil((oldest + options.windowMinutes * 60_000 - now.getTime()) / 1000));
    throw new AppError('rate_limited', `Too many failed sign-ins for this email; try again in ${retryAfter} seconds`, undefined, retryAfter);
  }

  const person = await db
    .selectFrom('people')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
    .where('active', '=', true)
    .executeTakeFirst();
  const ok = await verifyPassword(password, person?.passwordHash ?? timingDecoyHash);
  if (!person || !person.passwordHash || !ok) {
    await db.insertInto('loginFailures').values({ email, at: now }).execute();
    throw new AppError('unauthenticated', 'Email or password is incorrect');
  }

  await db.deleteFrom('loginFailures').where('email', '=', email).execute();
  const session = await createSession({ db, person, now, ttlHours: options.sessionTtlHours });
  return { ...session, person };
}
