import type { Db } from '../../../db/database.ts';
import type { Person } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import type { HashSlots } from '../hash-slots.ts';
import { timingDecoyHash, verifyPassword } from '../password.ts';
import { throttleAddress } from '../throttle-address.ts';
import { createSession, type NewSession } from './create-session.ts';
import { releaseSignInAttempt } from './release-sign-in-attempt.ts';
import { reserveSignInAttempt, type SignInLimits } from './reserve-sign-in-attempt.ts';

export type LogInOptions = {
  db: Db;
  email: string;
  password: string;
  /** The client's address (request.ip, which TRUST_PROXY decides). */
  address: string;
  now: Date;
  sessionTtlHours: number;
  limits: SignInLimits;
  hashSlots: HashSlots;
};

/**
 * Checks the password and opens a session. The attempt is taken from the limits before the hash
 * runs, so simultaneous attempts cannot all pass a count that none has raised yet; one refused is
 * refused unchecked (429), even with the right password.
 */
export async function logIn(options: LogInOptions): Promise<NewSession & { person: Person }> {
  const { db, password, now } = options;
  const address = throttleAddress(options.address);
  const email = options.email.trim().toLowerCase();

  const person = await options.hashSlots.run(async () => {
    const reservation = await reserveSignInAttempt({
      db,
      address,
      email,
      now,
      limits: options.limits,
    });
    if (!reservation.allowed) {
      const from = reservation.refusedBy === 'address' ? 'from this address' : 'for this email';
      throw new AppError(
        'rate_limited',
        `Too many failed sign-ins ${from}; try again in ${reservation.retryAfterSeconds} seconds`,
        undefined,
        reservation.retryAfterSeconds,
      );
    }
    const found = await db
      .selectFrom('people')
      .selectAll()
      .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
      .where('active', '=', true)
      .executeTakeFirst();
    const ok = await verifyPassword(password, found?.passwordHash ?? timingDecoyHash);
    return found && found.passwordHash && ok ? found : null;
  });
  if (!person) throw new AppError('unauthenticated', 'Email or password is incorrect');

  await releaseSignInAttempt({ db, address, email });
  const session = await createSession({ db, person, now, ttlHours: options.sessionTtlHours });
  return { ...session, person };
}
