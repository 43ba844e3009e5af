import type { Db } from '../../../db/database.ts';
import { knowledgeRank } from '../../../policies/knowledge-article.ts';
import { mayCoach, maySeeKnowledgeMetrics } from '../../../policies/knowledge-coaching.ts';
import type { SignedInPerson } from '../../server-module.ts';
import { loadKnowledgeActor } from './load-knowledge-actor.ts';

/**
 * Every role may reach the knowledge routes, and the licence decides inside them: a reader writes
 * nothing, only leads and coaches see the figures, only coaches score. What the licence refuses is
 * left out of `/api/me`, so a rep without one is not shown a page that would only refuse them.
 */
export async function withheldKnowledgeAbilities(
  db: Db,
  person: SignedInPerson,
): Promise<string[]> {
  const actor = await loadKnowledgeActor(db, { kind: 'person', via: 'session', ...person });
  return [
    ...(knowledgeRank(actor) === 0 ? ['knowledge.write'] : []),
    ...(maySeeKnowledgeMetrics(actor).allowed ? [] : ['knowledge.metrics']),
    ...(mayCoach(actor).allowed ? [] : ['knowledge.coach']),
  ];
}
