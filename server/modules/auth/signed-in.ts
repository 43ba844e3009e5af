import type { FastifyReply } from 'fastify';

import type { AppContext } from '../../context.ts';
import { setSessionCookies } from '../../http/auth.ts';
import type { NewSession } from './commands/create-session.ts';
import { loadMe } from './queries/load-me.ts';

/**
 * How every way of signing in ends (a password, a reset link, an invitation, first-run setup): the
 * session's cookies are set and the answer is what GET /api/me would say.
 */
export function signedIn(
  ctx: AppContext,
  reply: FastifyReply,
  session: NewSession & { person: { id: string; organizationId: string } },
) {
  setSessionCookies(reply, ctx, session);
  return loadMe({
    db: ctx.db,
    organizationId: session.person.organizationId,
    personId: session.person.id,
  });
}
