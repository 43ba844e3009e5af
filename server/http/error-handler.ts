import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';

import type { ErrorBody } from '../../contract/errors.ts';
import { AppError } from '../errors.ts';

function send(reply: FastifyReply, status: number, error: ErrorBody['error']) {
  return reply.code(status).type('application/json').send(JSON.stringify({ error }));
}

type ValidationIssue = {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: PropertyKey[] } };
};

function fieldOf(issue: ValidationIssue, context: string | undefined): string | undefined {
  const path = issue.params?.issue?.path ?? issue.instancePath?.split('/').filter(Boolean);
  const joined = path?.map(String).join('.');
  if (joined) return joined;
  return context === 'body' ? undefined : context;
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof AppError) {
      if (err.retryAfterSeconds) reply.header('retry-after', String(err.retryAfterSeconds));
      return send(reply, err.status, {
        ...err.details,
        code: err.code,
        message: err.message,
        ...(err.field ? { field: err.field } : {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issue = (err.validation[0] ?? {}) as ValidationIssue;
      const field = fieldOf(issue, err.validationContext);
      const message = issue.message ?? 'is invalid';
      return send(reply, 400, {
        code: 'validation_failed',
        message: field ? `${field}: ${message}` : message,
        ...(field ? { field } : {}),
      });
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err, issues: err.cause.issues }, 'response does not match its schema');
      return send(reply, 500, { code: 'internal', message: 'Internal error' });
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return send(reply, 415, {
        code: 'unsupported_media',
        message: 'Send the body as application/json',
      });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Fastify's own 4xx: malformed JSON, empty body, oversized payload.
      return send(reply, err.statusCode, { code: 'validation_failed', message: err.message });
    }
    request.log.error({ err }, 'unhandled error');
    return send(reply, 500, { code: 'internal', message: 'Internal error' });
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, 404, {
      code: 'not_found',
      message: `No route ${request.method} ${request.url.split('?')[0]}`,
    }),
  );
}
