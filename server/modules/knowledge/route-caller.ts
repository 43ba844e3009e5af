import type { FastifyRequest } from 'fastify';

import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { principalOf } from '../../http/auth.ts';
import type { KnowledgeActor } from '../../policies/knowledge-article.ts';
import { loadKnowledgeActor } from './queries/load-knowledge-actor.ts';

/** What every knowledge command is told of its call, so a handler can spread it into the options. */
export type KnowledgeCaller = {
  db: Db;
  organizationId: string;
  /** The caller as the knowledge rules see them, licence included. */
  actor: KnowledgeActor;
  now: Date;
};

/**
 * The signed-in caller of a knowledge route: every route's rules turn on the caller's licence,
 * which the principal does not carry, so each handler starts by loading it.
 */
export async function knowledgeCaller(
  ctx: AppContext,
  request: FastifyRequest,
): Promise<KnowledgeCaller> {
  const principal = principalOf(request);
  return {
    db: ctx.db,
    organizationId: principal.organizationId,
    actor: await loadKnowledgeActor(ctx.db, principal),
    now: ctx.now(),
  };
}
