import type { Transaction } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import { appendLedgerEntries } from '../../ledger/commands/append-ledger-entries.ts';
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

/** Ledgers what a save publishes or archives (most save neither), in the save's transaction. */
export async function ledgerPublication(
  trx: Transaction<Database>,
  options: {
    organizationId: string;
    actor: { personId: string };
    before: Shape | null;
    /** The saved version. */
    after: Shape & { id: string; title: string; version: number };
    now: Date;
  },
): Promise<void> {
  const { after } = options;
  const entries = publicationEntries({
    articleId: after.id,
    title: after.title,
    version: after.version,
    before: options.before,
    after,
    actorId: options.actor.personId,
    now: options.now,
  });
  if (entries.length > 0) await appendLedgerEntries(trx, options.organizationId, entries);
}
