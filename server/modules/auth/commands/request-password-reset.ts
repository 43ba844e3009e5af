import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { hashSecret, newSecret } from '../secret-token.ts';
import { throttleAddress } from '../throttle-address.ts';
import { reserveSignInAttempt, type SignInLimits } from './reserve-sign-in-attempt.ts';

/**
 * "Forgot password": a single-use link for the active person who signs in with this email, or
 * nothing when nobody does; the caller answers both the same way. Every request takes an attempt
 * from the sign-in limits (counted apart from sign-ins by email, together with them by address),
 * so nobody floods an inbox or walks a list of addresses.
 */
export async function requestPasswordReset(options: {
  db: Db;
  email: string;
  address: string;
  now: Date;
  ttlMinutes: number;
  limits: SignInLimits;
}): Promise<{ token: string; expiresAt: Date; person: { name: string; email: string } } | null> {
  const { db, now } = options;
  const email = options.email.trim().toLowerCase();
  const reservation = await reserveSignInAttempt({
    db,
    address: throttleAddress(options.address),
    email: `reset:${email}`,
    now,
    limits: options.limits,
  });
  if (!reservation.allowed)
    throw new AppError(
      'rate_limited',
      `Too many password resets asked; try again in ${reservation.retryAfterSeconds} seconds`,
      undefined,
      reservation.retryAfterSeconds,
    );

  const person = await db
    .selectFrom('people')
    .select(['id', 'organizationId', 'name', 'email'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
    .where('active', '=', true)
    .executeTakeFirst();
  if (!person) return null;
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + options.ttlMinutes * 60_000);
  await db
    .insertInto('passwordResets')
    .values({
      tokenHash: hashSecret(token),
      organizationId: person.organizationId,
      personId: person.id,
      createdAt: now,
      expiresAt,
    })
    .execute();
  return { token, expiresAt, person: { name: person.name, email: person.email } };
}
