import { meSchema, type resetPasswordBody } from '../../../contract/auth.ts';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/responses.ts';
import type { redeemPasswordLink } from './redeem-password-link.ts';
import { signedIn } from './signed-in.ts';

type Redeem = (
  options: Omit<Parameters<typeof redeemPasswordLink>[0], 'link'>,
) => ReturnType<typeof redeemPasswordLink>;

/**
 * The public route a single-use link is used at (a reset link, an invitation): its token and the
 * new password in, the person signed in out, a refusal a 400 on the field or a 429.
 */
export function redeemLinkRoute(
  app: ApiApp,
  ctx: AppContext,
  route: { url: string; summary: string; body: typeof resetPasswordBody; redeem: Redeem },
) {
  app.post(
    route.url,
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: route.summary,
        security: [],
        body: route.body,
        response: { 200: meSchema, ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      const session = await route.redeem({
        db: ctx.db,
        token: request.body.token,
        password: request.body.password,
        now: ctx.now(),
        sessionTtlHours: ctx.config.sessionTtlHours,
      });
      return signedIn(ctx, reply, session);
    },
  );
}
