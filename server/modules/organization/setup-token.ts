import { createHash, timingSafeEqual } from 'node:crypto';

import { AppError } from '../../errors.ts';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * First-run setup is claimed only with the token the operator saw at start. Compared as hashes, so
 * the time taken tells nothing about how much of a guess was right, nor about the token's length.
 */
export function requireSetupToken(given: string | undefined, expected: string): void {
  if (given !== undefined && timingSafeEqual(digest(given), digest(expected))) return;
  throw new AppError(
    'forbidden',
    'The setup token is missing or wrong: use the link the server printed when it started ("First-run setup: …")',
    'setupToken',
  );
}
