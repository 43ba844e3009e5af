import { AppError, type ErrorCode } from '../errors.ts';

/** A refusal says why, with the error a command throws for it (code, message and the field it names). */
export type Refusal = { allowed: false; code: ErrorCode; message: string; field?: string };
/** The answer of a record-level rule: allowed, or refused with its reason. */
export type Verdict = { allowed: true } | Refusal;

export const allowed: Verdict = { allowed: true };

export function refuse(code: ErrorCode, message: string, field?: string): Refusal {
  return field === undefined
    ? { allowed: false, code, message }
    : { allowed: false, code, message, field };
}

/** A refusal that reads like AppError.invalid's: 400, the field named in front of the message. */
export function refuseInvalid(field: string, message: string): Refusal {
  return refuse('validation_failed', `${field}: ${message}`, field);
}

/** The first refusal among several rules, checked in the order given; allowed when none refuses. */
export function firstRefusal(...verdicts: Verdict[]): Verdict {
  return verdicts.find((v) => !v.allowed) ?? allowed;
}

/** What a command calls before it acts: a refusal becomes the AppError the API answers with. */
export function authorizeRecord(verdict: Verdict): void {
  if (!verdict.allowed) throw new AppError(verdict.code, verdict.message, verdict.field);
}
