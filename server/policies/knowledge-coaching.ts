import type { KnowledgeActor } from './knowledge-article.ts';
import { allowed, refuse, type Verdict } from './verdict.ts';

/**
 * Coaching rules (issue 13). The knowledge page is for the people who lead the floor (admins, team
 * leaders, trainers) and for knowledge coaches whatever their role; scoring articles and editing the
 * content standard is a coach's (or an admin's) work.
 */
const LEADS = new Set(['admin', 'team_leader', 'trainer']);

export function maySeeKnowledgeMetrics(actor: KnowledgeActor): Verdict {
  if (LEADS.has(actor.role) || actor.licence === 'coach') return allowed;
  return refuse(
    'forbidden',
    'The knowledge figures are for leaders, trainers and knowledge coaches',
  );
}

export function mayCoach(actor: KnowledgeActor): Verdict {
  if (actor.role === 'admin' || actor.licence === 'coach') return allowed;
  return refuse('forbidden', 'Coaching against the content standard needs a coach licence');
}

/** Four eyes: nobody scores a version they wrote themselves. */
export function mayReview(actor: KnowledgeActor, authorId: string | null): Verdict {
  const coach = mayCoach(actor);
  if (!coach.allowed) return coach;
  if (authorId === actor.personId)
    return refuse('forbidden', 'A coach does not score their own article: another coach does');
  return allowed;
}
