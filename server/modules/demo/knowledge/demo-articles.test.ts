import { describe, expect, it } from 'vitest';

import { demoPolicy } from '../demo-policy.ts';
import { demoStaff } from '../demo-staff.ts';
import { demoArticles } from './demo-articles.ts';

const words = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9']+/g) ?? []);

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

describe("Northwind's knowledge base data", () => {
  it('has about 150 articles with unique keys and titles', () => {
    expect(demoArticles.length).toBeGreaterThanOrEqual(140);
    expect(new Set(demoArticles.map((a) => a.key)).size).toBe(demoArticles.length);
    expect(new Set(demoArticles.map((a) => a.title.toLowerCase())).size).toBe(demoArticles.length);
  });

  it("names only the demo policy's resolution types and the demo staff as owners", () => {
    const types = new Set(demoPolicy.resolutionTypes.map((t) => t.key));
    const emails = new Set(demoStaff.map((p) => p.email));
    for (const article of demoArticles) {
      expect(
        article.typeKeys.filter((key) => !types.has(key)),
        article.key,
      ).toEqual([]);
      expect(emails.has(article.owner), article.key).toBe(true);
    }
  });

  it('spreads over every state and both visibilities, mostly internal', () => {
    const count = (pick: (a: (typeof demoArticles)[number]) => string) =>
      demoArticles.reduce<Record<string, number>>(
        (m, a) => ({ ...m, [pick(a)]: (m[pick(a)] ?? 0) + 1 }),
        {},
      );
    const states = count((a) => a.state);
    for (const state of ['draft', 'not_validated', 'validated', 'archived'])
      expect(states[state] ?? 0, state).toBeGreaterThanOrEqual(4);
    const visibility = count((a) => a.visibility);
    expect(visibility.external ?? 0).toBeGreaterThanOrEqual(10);
    expect(visibility.internal ?? 0).toBeGreaterThan(3 * (visibility.external ?? 0));
    // Every policy type has validated articles, so the resolution panel has something to show for each.
    for (const type of demoPolicy.resolutionTypes)
      expect(
        demoArticles.some((a) => a.state === 'validated' && a.typeKeys.includes(type.key)),
        type.key,
      ).toBe(true);
  });

  it('is written article by article: no two resolutions share most of their words', () => {
    const bags = demoArticles.map((a) => words(`${a.problem} ${a.resolution}`));
    let closest = 0;
    for (let i = 0; i < bags.length; i += 1)
      for (let j = i + 1; j < bags.length; j += 1)
        closest = Math.max(closest, jaccard(bags[i]!, bags[j]!));
    expect(closest).toBeLessThan(0.5);
  });

  it('has a problem in the customer’s words and a resolution a rep can follow', () => {
    for (const article of demoArticles) {
      expect(article.problem.length, article.key).toBeGreaterThan(30);
      expect(article.resolution.length, article.key).toBeGreaterThan(80);
      expect(article.tags.length, article.key).toBeGreaterThan(0);
    }
  });
});
