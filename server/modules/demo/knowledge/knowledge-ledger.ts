import type { NewLedgerEntry } from '../../ledger/ledger-entry.ts';
import { demoLicences, licenceGrantor, type PlannedVersion } from './plan-articles.ts';
import type { KnowledgePlan } from './plan-knowledge.ts';

const DAY = 24 * 60 * 60 * 1000;

type Ids = { person: (email: string) => string; article: (key: string) => string };

/**
 * The ledger entries the knowledge commands would have written for this history, oldest first:
 * each licence granted, each article made validated (or a validated one made external), each archived.
 */
export function knowledgeLedger(plan: KnowledgePlan, now: Date, ids: Ids): NewLedgerEntry[] {
  const grants = demoLicences.map((l): NewLedgerEntry => ({
    kind: 'knowledge.licence_granted',
    at: new Date(now.getTime() - l.daysAgo * DAY),
    actorId: ids.person(licenceGrantor),
    data: { personId: ids.person(l.email), licence: l.licence, previous: null },
  }));
  const publications = plan.articles.flatMap(({ article, versions }) =>
    versions.flatMap((v, i) => {
      const kind = publicationKind(versions[i - 1] ?? null, v);
      if (!kind) return [];
      const data = {
        articleId: ids.article(article.key),
        title: article.title,
        version: v.version,
        visibility: v.visibility,
      };
      return [
        { kind, at: v.at, actorId: ids.person(v.authorEmail), data } satisfies NewLedgerEntry,
      ];
    }),
  );
  return [...grants, ...publications].sort((a, b) => a.at.getTime() - b.at.getTime());
}

function publicationKind(
  before: PlannedVersion | null,
  after: PlannedVersion,
): NewLedgerEntry['kind'] | null {
  if (after.state === 'archived')
    return before?.state === 'archived' ? null : 'knowledge.article_archived';
  if (after.state !== 'validated') return null;
  const madeExternal = after.visibility === 'external' && before?.visibility !== 'external';
  return before?.state !== 'validated' || madeExternal ? 'knowledge.article_published' : null;
}
