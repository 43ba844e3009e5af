import type { ErrorCode } from '../contract/errors.ts';

export type { ErrorCode } from '../contract/errors.ts';

/**
 * The one error type business code throws. Each code has one HTTP status, mapped in
 * server/http/error-handler.ts, and one meaning for API clients:
 *
 * | code              | status | meaning                                                        |
 * |-------------------|--------|----------------------------------------------------------------|
 * | validation_failed | 400    | the request is malformed; `field` names the offending field     |
 * | unauthenticated   | 401    | no valid session or token                                       |
 * | forbidden         | 403    | signed in, but the role may not do this                         |
 * | csrf_failed       | 403    | a cookie-authenticated write without the matching CSRF header   |
 * | not_found         | 404    | no such record in the caller's organization                    |
 * | conflict          | 409    | the request clashes with current state (duplicate, stale draft) |
 * | setup_closed      | 409    | first-run setup is over: the deployment has an organization     |
 * | unsupported_media | 415    | the body is not JSON                                            |
 * | rate_limited      | 429    | too many attempts; retry after the time given                   |
 * | unavailable       | 503    | a dependency (the database) cannot be reached                   |
 * | internal          | 500    | a bug; the log has the details, the client gets none            |
 */
export const errorStatus = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  setup_closed: 409,
  unsupported_media: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<ErrorCode, number>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** Seconds a client should wait before retrying (rate_limited). */
    readonly retryAfterSeconds?: number,
    /** What a client needs to act on the error, sent beside code and message: the existing record a conflict names. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return errorStatus[this.code];
  }

  static notFound(what: string): AppError {
    return new AppError('not_found', `${what} not found`);
  }

  static invalid(field: string, message: string): AppError {
    return new AppError('validation_failed', `${field}: ${message}`, field);
  }
}
