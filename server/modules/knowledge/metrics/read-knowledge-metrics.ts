import { readContributors } from './contributors.ts';
import { readGaps } from './gaps.ts';
import { readLinkRate } from './link-rate.ts';
import { readOpenFlags } from './open-flags.ts';
import { readQuality } from './quality.ts';
import { readReuse } from './reuse.ts';
import { readStale } from './stale.ts';
import type { MetricsWindow } from './window.ts';
import { readWithoutApproval } from './without-approval.ts';

/** Every figure of the knowledge page, each from its own query, over one window. */
export async function readKnowledgeMetrics(window: MetricsWindow) {
  const [linkRate, reuse, contributors, openFlags, gaps, stale, withoutApproval, quality] =
    await Promise.all([
      readLinkRate(window),
      readReuse(window),
      readContributors(window),
      readOpenFlags(window),
      readGaps(window),
      readStale(window),
      readWithoutApproval(window),
      readQuality(window),
    ]);
  return {
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    linkRate,
    reuse,
    contributors,
    openFlags,
    gaps,
    stale,
    withoutApproval,
    quality,
  };
}
