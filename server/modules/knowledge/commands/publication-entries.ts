import type { NewLedgerEntry } from '../../ledger/ledger-entry.ts';
import type { ArticleState, ArticleVisibility } from '../tables.ts';

type Shape = { state: ArticleState; visibility: ArticleVisibility };

/**
 * What a save means for the ledger: an article becoming validated, or a validated one becoming
 * external (customers can read it now), is a publication; becoming archived, an archiving. Drafts
 * and edits that change neither are not recorded.
 */
export function publicationEntries(options: {
  articleId: string;
  title: string;
  version: number;
  before: Shape | null;
  after: Shape;
  actorId: string;
  now: Date;
}): NewLedgerEntry[] {
  const { before, after } = options;
  const data = {
    articleId: options.articleId,
    title: options.title,
    version: options.version,
    visibility: after.visibility,
  };
  const entry = (kind: NewLedgerEntry['kind']): NewLedgerEntry[] => [
    { kind, at: options.now, actorId: options.actorId, data },
  ];
  if (after.state === 'archived' && before?.state !== 'archived')
    return entry('knowledge.article_archived');
  if (after.state !== 'validated') return [];
  const wasPublished = before?.state === 'validated';
  const madeExternal = after.visibility === 'external' && before?.visibility !== 'external';
  return !wasPublished || madeExternal ? entry('knowledge.article_published') : [];
}
