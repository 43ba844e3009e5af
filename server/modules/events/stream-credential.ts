import type { FastifyRequest } from 'fastify';

import { AppError } from '../../errors.ts';
import { hashSecret } from '../auth/secret-token.ts';

/** How a stream was authenticated, by what the database keys it on: the session's id or the token's hash. */
export type StreamCredential =
  { kind: 'session'; sessionId: string } | { kind: 'token'; tokenHash: string };

export function credentialKey(credential: StreamCredential): string {
  return credential.kind === 'session'
    ? `session:${credential.sessionId}`
    : `token:${credential.tokenHash}`;
}

/** The credential server/http/auth.ts accepted for this request (it already checked the header's shape). */
export function credentialOf(request: FastifyRequest): StreamCredential {
  if (request.sessionToken) return { kind: 'session', sessionId: hashSecret(request.sessionToken) };
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) return { kind: 'token', tokenHash: hashSecret(bearer) };
  throw new AppError('unauthenticated', 'Sign in first');
}
