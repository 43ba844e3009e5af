import type { Role } from '../db/schema.ts';
import type {
  ArticleState,
  ArticleVisibility,
  KnowledgeLicence,
} from '../modules/knowledge/tables.ts';
import { allowed, firstRefusal, refuse, type Verdict } from './verdict.ts';

/** Who acts on the knowledge base: their role (an admin counts as a publisher) and their KCS licence. */
export type KnowledgeActor = { personId: string; role: Role; licence: KnowledgeLicence | null };

/** An article as its record-level rules see it. */
export type ArticleFacts = {
  ownerId: string | null;
  state: ArticleState;
  visibility: ArticleVisibility;
};

/** Licences are cumulative: each includes the ones before it. */
const rankOf = { candidate: 1, contributor: 2, publisher: 3, coach: 4 } as const;
const PUBLISHER = rankOf.publisher;

/** The licence an actor effectively holds, as a rank (0: a reader); admins do all a publisher may. */
export function knowledgeRank(actor: KnowledgeActor): number {
  const held = actor.licence ? rankOf[actor.licence] : 0;
  return actor.role === 'admin' ? Math.max(held, PUBLISHER) : held;
}

const needs = (licence: KnowledgeLicence, what: string) =>
  refuse('forbidden', `${what} needs a ${licence} licence`);

/**
 * Who sees an article: publishers and admins see every one; everyone else sees the validated and
 * not-validated ones, and their own drafts. Not seeing an article is answering 404 for it.
 */
export function canSeeArticle(actor: KnowledgeActor, article: ArticleFacts): boolean {
  if (knowledgeRank(actor) >= PUBLISHER) return true;
  if (article.state === 'validated' || article.state === 'not_validated') return true;
  return article.state === 'draft' && article.ownerId === actor.personId;
}

/**
 * May the actor save an article in this shape (the one it has, and the one it will have)? A
 * candidate works on their own drafts and not-validated articles; a contributor on any internal
 * article and on external ones not yet published; a publisher on all. Validated needs a
 * contributor, and an external article validated (what customers read) a publisher.
 */
function mayHold(actor: KnowledgeActor, article: ArticleFacts, isNew: boolean): Verdict {
  const rank = knowledgeRank(actor);
  if (rank === 0) return needs('candidate', 'Writing knowledge');
  const published = article.state === 'validated';
  if (article.visibility === 'external' && published && rank < PUBLISHER)
    return needs('publisher', 'A published external article');
  if (published && rank < rankOf.contributor) return needs('contributor', 'Validating an article');
  if (rank >= rankOf.contributor) return allowed;
  if (!isNew && article.ownerId !== actor.personId)
    return needs('contributor', "Editing someone else's article");
  return allowed;
}

const archivedRefusal = refuse(
  'conflict',
  'This article is archived: nobody edits an archived article (un-archive it first)',
);

export type ArticlePolicy = {
  /** Save new content, giving the article the shape `next` (its visibility may change). */
  edit(next: ArticleFacts): Verdict;
  /** Move the article to another state. */
  changeState(to: ArticleState): Verdict;
  /** Resolve a flag raised on it. */
  resolveFlag: Verdict;
};

/** The record-level rules of one article for one actor (the role gate is knowledge.write). */
export function articlePolicy(actor: KnowledgeActor, article: ArticleFacts): ArticlePolicy {
  const rank = knowledgeRank(actor);
  const current = mayHold(actor, article, false);
  return {
    edit: (next) =>
      article.state === 'archived'
        ? archivedRefusal
        : firstRefusal(current, mayHold(actor, next, false)),
    changeState: (to) => {
      if (to === article.state) return refuse('conflict', `The article is already ${to}`);
      if (article.state === 'archived' || to === 'archived')
        return rank >= PUBLISHER ? allowed : needs('publisher', 'Archiving or un-archiving');
      // A draft is its owner's alone: sending another's back would hide it from the one moving it.
      if (to === 'draft' && article.ownerId !== actor.personId && rank < PUBLISHER)
        return needs('publisher', "Sending someone else's article back to draft");
      return firstRefusal(current, mayHold(actor, { ...article, state: to }, false));
    },
    resolveFlag:
      article.ownerId === actor.personId ||
      actor.role === 'admin' ||
      (rank >= rankOf.contributor && current.allowed)
        ? allowed
        : refuse(
            'forbidden',
            "Only the article's owner, a contributor who may edit it or an admin resolves its flags",
          ),
  };
}

/** May the actor write a new article in this shape (they become its owner)? */
export function createArticlePolicy(actor: KnowledgeActor, article: ArticleFacts): Verdict {
  return mayHold(actor, article, true);
}

const everyState: readonly ArticleState[] = ['draft', 'not_validated', 'validated', 'archived'];

/** What a viewer may do with an article they see, as the screen offers it. */
export type ArticleAbilities = { edit: boolean; flag: boolean; moves: ArticleState[] };

/**
 * articlePolicy read out for the screen: the commands ask the same policy, so a button shown is a
 * request accepted. `mayWrite` is the role gate (knowledge.write) the write routes check first;
 * flagging is for anyone who sees the article (knowledge.read, the GET's own gate).
 */
export function articleAbilities(
  actor: KnowledgeActor,
  article: ArticleFacts,
  options: { mayWrite: boolean },
): ArticleAbilities {
  const policy = articlePolicy(actor, article);
  return {
    edit: options.mayWrite && policy.edit(article).allowed,
    flag: canSeeArticle(actor, article),
    moves: options.mayWrite ? everyState.filter((to) => policy.changeState(to).allowed) : [],
  };
}
