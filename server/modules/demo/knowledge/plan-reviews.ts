import type { Random } from '../../../../domain/random.ts';
import { staff } from './demo-article.ts';
import { daysBefore, type PlannedArticle } from './plan-articles.ts';

/**
 * The KCS Content Standard Checklist (formerly AQI) as Northwind's coach uses it, with the remark she
 * leaves when an article misses an item. Seeded only when the organization has no checklist yet.
 */
export const demoStandard: ReadonlyArray<{ label: string; description: string; remark: string }> = [
  {
    label: 'Unique',
    description: 'No other article already answers this; duplicates are linked or merged.',
    remark: 'Overlaps with another article: link the two or merge them.',
  },
  {
    label: 'Complete',
    description: 'Problem, context, resolution and, where known, cause are all there.',
    remark: 'The cause is missing: if we know why it happens, say so.',
  },
  {
    label: 'Content clear',
    description: 'Short steps, one action each, that a rep can follow on a call.',
    remark: 'Two steps run together: one action per step, please.',
  },
  {
    label: "Title in the customer's words",
    description: 'The title says what the customer says, not what we call it.',
    remark: 'The title is our wording; use what the customer says on the phone.',
  },
  {
    label: 'Context complete',
    description: 'Which products, channels or order states it applies to.',
    remark: 'Say which products and order states this applies to.',
  },
  {
    label: 'Resolution accurate',
    description: 'The steps work, and what it grants matches the current policy.',
    remark: 'Check the amounts against the current policy before the next edit.',
  },
  {
    label: 'Links valid',
    description: 'References to other articles and pages lead somewhere.',
    remark: 'It mentions another article by name: link it instead.',
  },
  {
    label: 'Metadata correct',
    description: 'Resolution types, tags and visibility are right.',
    remark: 'Add the resolution type it grants, so it shows in the resolution panel.',
  },
];

export type PlannedReview = {
  articleKey: string;
  version: number;
  authorEmail: string;
  coachEmail: string;
  /** Positions in demoStandard of the items met. */
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
      missed.add(random.int(0, demoStandard.length - 1));
    const met = demoStandard.map((_, i) => i).filter((i) => !missed.has(i));
    const remarks = [...missed].sort().map((i) => demoStandard[i]!.remark);
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
