import type { Article, ArticleVisibility, CreateArticle, UpdateArticle } from './api-types.ts';

/** The article form's fields as typed; tags and types as lists. */
export type ArticleDraft = {
  title: string;
  problem: string;
  context: string;
  resolution: string;
  cause: string;
  visibility: ArticleVisibility;
  typeKeys: string[];
  tags: string[];
};

export const emptyDraft: ArticleDraft = {
  title: '',
  problem: '',
  context: '',
  resolution: '',
  cause: '',
  visibility: 'internal',
  typeKeys: [],
  tags: [],
};

/** A draft from a contact: the reason says the problem in the customer's words, the notes what was done. */
export function draftFromContact(contact: { reason: string; notes: string }): ArticleDraft {
  const reason = contact.reason.trim();
  const notes = contact.notes.trim();
  return {
    ...emptyDraft,
    title: reason.slice(0, 200),
    problem: reason || notes.slice(0, 4000),
    resolution: notes,
  };
}

export function draftOf(article: Article): ArticleDraft {
  return {
    title: article.title,
    problem: article.problem,
    context: article.context,
    resolution: article.resolution,
    cause: article.cause ?? '',
    visibility: article.visibility,
    typeKeys: article.typeKeys,
    tags: article.tags,
  };
}

export type DraftErrors = Partial<Record<'title' | 'problem' | 'resolution', string>>;

export function checkDraft(draft: ArticleDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.title.trim()) errors.title = 'Give it a title a rep would search for.';
  if (!draft.problem.trim()) errors.problem = 'Say the problem, in the customer’s words.';
  if (!draft.resolution.trim()) errors.resolution = 'Say what solves it.';
  return errors;
}

export function createBody(draft: ArticleDraft): CreateArticle {
  return {
    title: draft.title.trim(),
    problem: draft.problem.trim(),
    resolution: draft.resolution.trim(),
    context: draft.context,
    ...(draft.cause.trim() ? { cause: draft.cause } : {}),
    visibility: draft.visibility,
    typeKeys: draft.typeKeys,
    tags: draft.tags,
  };
}

/** Only the fields that changed, with the version the editor started from. */
export function updateBody(article: Article, draft: ArticleDraft): UpdateArticle {
  const before = draftOf(article);
  const changes: Omit<UpdateArticle, 'expectedVersion'> = {};
  if (draft.title.trim() !== before.title) changes.title = draft.title.trim();
  if (draft.problem.trim() !== before.problem) changes.problem = draft.problem.trim();
  if (draft.context !== before.context) changes.context = draft.context;
  if (draft.resolution.trim() !== before.resolution) changes.resolution = draft.resolution.trim();
  if (draft.cause !== before.cause) changes.cause = draft.cause.trim() ? draft.cause : null;
  if (draft.visibility !== before.visibility) changes.visibility = draft.visibility;
  if (draft.typeKeys.join() !== before.typeKeys.join()) changes.typeKeys = draft.typeKeys;
  if (draft.tags.join() !== before.tags.join()) changes.tags = draft.tags;
  return { ...changes, expectedVersion: article.version };
}
