import type { Random } from '../../../../domain/random.ts';
import { staff } from './demo-article.ts';
import { daysBefore, type PlannedArticle } from './plan-articles.ts';

/**
 * What Northwind's coach writes when an article misses an item of the content standard, in the order
 * of the knowledge module's default checklist (standard/default-standard.ts), which the demo starts with.
 */
export const coachRemarks: readonly string[] = [
  'Overlaps with another article: link the two or merge them.',
  'The cause is missing: if we know why it happens, say so.',
  'The title is our wording; use what the customer says on the phone.',
  'Say which products and order states this applies to.',
  'Two steps run together: one action per step, please.',
  'Check the amounts against the current policy before the next edit.',
  'It mentions another article by name: link it instead.',
  'Add the resolution type it grants, so it shows in the resolution panel.',
];

export type PlannedReview = {
  articleKey: string;
  version: number;
  authorEmail: string;
  coachEmail: string;
  /** Positions in the checklist of the items met. */
  met: number[];
  comment: string;
  at: Date;
};

/** The coach samples about forty validated articles in the last 60 days and scores the version she read. */
export function planReviews(
  random: Random,
  now: Date,
  articles: readonly PlannedArticle[],
): PlannedReview[] {
  const sample = articles.filter((a) => a.article.state === 'validated' && random.chance(0.38));
  return sample.map(({ article, versions }) => {
    const read = random.chance(0.75) ? versions[versions.length - 1]! : random.pick(versions);
    const missed = new Set<number>();
    if (article.cause === null && random.chance(0.6)) missed.add(1);
    for (let i = random.int(0, 2); i > 0; i -= 1)
      missed.add(random.int(0, coachRemarks.length - 1));
    const met = coachRemarks.map((_, i) => i).filter((i) => !missed.has(i));
    const remarks = [...missed].sort().map((i) => coachRemarks[i]!);
    const at = daysBefore(now, random.int(1, 60), random);
    return {
      articleKey: article.key,
      version: read.version,
      authorEmail: read.authorEmail,
      coachEmail: random.chance(0.8) ? staff.gabriela : staff.tomasz,
      met,
      comment: remarks.length > 0 ? remarks.join(' ') : random.pick(praise),
      at: at < read.at ? new Date(read.at.getTime() + 60 * 60 * 1000) : at,
    };
  });
}

const praise = [
  'Meets the standard: a good one to show new starters.',
  'Clear and complete. Nothing to change.',
  'Exactly what a rep needs mid-call.',
];
