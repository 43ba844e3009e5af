import type { Metrics } from './api-types.ts';
import { FigureTable } from './FigureTable.tsx';

const day = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString() : 'never');

/** Searches on a contact that ended with no article linked: what to write next. */
export function GapsTable({ gaps }: { gaps: Metrics['gaps'] }) {
  return (
    <FigureTable
      head={['Search', 'Times', 'Last seen']}
      rows={gaps.map((gap) => ({
        key: gap.query,
        cells: [gap.query, gap.count, day(gap.lastSeenAt)],
      }))}
      empty="Every search in the last 30 days ended in a link."
    />
  );
}

export function StaleTable({ stale }: { stale: Metrics['stale'] }) {
  const shown =
    stale.count > stale.articles.length ? `; the ${stale.articles.length} longest unused` : '';
  return (
    <FigureTable
      caption={`${stale.count} articles not reused in 90 days${shown}.`}
      head={['Article', 'Reused', 'Last reused']}
      rows={stale.articles.map((row) => ({
        key: row.article.id,
        cells: [row.article.title, row.reuseCount, day(row.lastReusedAt)],
      }))}
      empty="Every article was reused in the last 90 days."
    />
  );
}

export function ContributorsTable({ rows }: { rows: Metrics['contributors'] }) {
  return (
    <FigureTable
      head={['Person', 'Created', 'Edits', 'Flags resolved']}
      rows={rows.map((row) => ({
        key: row.person.id,
        cells: [row.person.name, row.created, row.edits, row.flagsResolved],
      }))}
      empty="Nobody wrote or fixed an article in these dates."
    />
  );
}
