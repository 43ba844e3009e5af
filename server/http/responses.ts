import { z } from 'zod';

import { errorBodySchema } from '../../contract/errors.ts';
import type { errorStatus } from '../errors.ts';

type ErrorStatus = (typeof errorStatus)[keyof typeof errorStatus];

/**
 * The error answers a route documents, each with the one error body: `...errorResponses(400, 401)`
 * beside its success schema. Routes list only the statuses they can answer, so the OpenAPI document
 * says what a client must handle.
 */
export function errorResponses<S extends ErrorStatus>(
  ...statuses: S[]
): Record<S, typeof errorBodySchema> {
  return Object.fromEntries(statuses.map((status) => [status, errorBodySchema])) as Record<
    S,
    typeof errorBodySchema
  >;
}

/** What most routes that read or change a record can answer. */
export const recordErrors = errorResponses(400, 401, 403, 404, 409);

/** A 204: the body is empty. */
export const noContent = z.null();
