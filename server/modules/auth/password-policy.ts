import { createRequire } from 'node:module';

import type * as languageCommon from '@zxcvbn-ts/language-common';

import { AppError } from '../../errors.ts';

/**
 * What a chosen password must be, after NIST SP 800-63B (5.1.1.2): long enough, not on a list of
 * common and leaked passwords, not repetitive or sequential, not built on the service's name or the
 * person's email; and nothing else: no "one digit, one symbol" rules, which make passwords harder to
 * remember and no harder to guess. Every place a password is chosen (the people API, `leeway
 * create-user`) asks this one function. Length counts Unicode code points after NFKC, the form the
 * hash is taken of (password.ts), so "é" typed either way is one character.
 */
export const PASSWORD_MIN_LENGTH = 12;
/** NIST asks for at least 64; the bound only keeps a request from hashing megabytes. */
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordContext = { email?: string | undefined };

/** Words a password must not be built on, besides the person's email. */
const SERVICE_WORDS = ['leeway'];

const require = createRequire(import.meta.url);
let common: Set<string> | undefined;

/**
 * zxcvbn-ts's list of the most common passwords of leaked-password corpora (about 49,000), read on
 * first use: it is half a megabyte that a server not choosing passwords never needs.
 */
function commonPasswords(): Set<string> {
  if (!common) {
    const { dictionary } = require('@zxcvbn-ts/language-common') as typeof languageCommon;
    common = new Set(dictionary['passwords-common']);
  }
  return common;
}

/** "aaaaaaaaaaaa", "abcabcabcabc", "abcdefghijkl", "987654321098": one short unit repeated, or a run. */
function isRepetitiveOrSequential(codePoints: number[]): boolean {
  for (let period = 1; period <= 4; period++) {
    if (
      codePoints.length > period &&
      codePoints.every((c, i) => i < period || c === codePoints[i - period])
    )
      return true;
  }
  const isDigit = (c: number) => c >= 48 && c <= 57;
  return [1, -1].some((step) =>
    codePoints.every((c, i) => {
      if (i === 0) return true;
      const previous = codePoints[i - 1]!;
      if (isDigit(c) && isDigit(previous)) return (c - previous - step + 20) % 10 === 0;
      return c - previous === step;
    }),
  );
}

const lettersOnly = (text: string) => text.replace(/[^\p{L}]/gu, '');
/** A common password with digits, spaces or symbols around it ("Password1234!") is still that password. */
const core = (text: string) => text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/** Why this password may not be chosen, in words that follow "password", or null when it may. */
export function passwordProblem(password: string, context: PasswordContext = {}): string | null {
  const normalized = password.normalize('NFKC');
  const codePoints = [...normalized].map((c) => c.codePointAt(0)!);
  if (codePoints.length < PASSWORD_MIN_LENGTH)
    return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (codePoints.length > PASSWORD_MAX_LENGTH)
    return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (isRepetitiveOrSequential(codePoints)) return 'must not be repeated or sequential characters';

  const folded = normalized.toLowerCase();
  const list = commonPasswords();
  const isCommon = (text: string) =>
    text.length > 0 &&
    (list.has(text) || list.has(text.replace(/\s+/g, '')) || list.has(core(text)));
  if (isCommon(folded)) return 'is too common: it is on a list of leaked passwords';

  const localPart = context.email?.trim().toLowerCase().split('@')[0] ?? '';
  const words = [...SERVICE_WORDS, ...(localPart.length >= 3 ? [localPart] : [])];
  let rest = folded;
  for (const word of words) rest = rest.split(word).join('');
  // Built on a context word: what is left besides it must stand as a password of its own.
  if (rest !== folded && (lettersOnly(rest).length < 6 || isCommon(rest.trim())))
    return 'must not be built on your email or the name of this service';
  return null;
}

/** Throws 400 naming `password` when the password may not be chosen. */
export function checkPassword(password: string, context: PasswordContext = {}): void {
  const problem = passwordProblem(password, context);
  if (problem) throw AppError.invalid('password', problem);
}
