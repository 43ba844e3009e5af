import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '../../../db/database.ts';
import { createFixtureOrganization, type FixtureOrganization } from '../../../testing/fixtures.ts';
import { createTestDatabase } from '../../../testing/test-database.ts';
import { demoArticles } from '../../demo/knowledge/demo-articles.ts';
import { insurerArticles } from './fixtures/insurer-articles.ts';
import { insurerSearches } from './fixtures/insurer-searches.ts';
import { outdoorSearches } from './fixtures/outdoor-searches.ts';
import { learnFromLink } from './learn-from-link.ts';
import { measureRelevance, storeCorpus, type RelevanceResult } from './relevance-harness.ts';
import { searchArticles } from './search-articles.ts';

/**
 * The relevance proof (issue 13): searches written as customers and reps say things, each with the
 * article it should find, written before the engine was tuned and never edited to pass. The target
 * is the expected article in the top three for at least 85 % of searches on each set.
 */
const TARGET_TOP3 = 0.85;

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

function report(name: string, result: RelevanceResult) {
  const percent = (n: number) => `${(n * 100).toFixed(1)} %`;
  // The figures docs/PERFORMANCE.md reports, printed on every run.
  process.stdout.write(
    `relevance ${name}: top-1 ${percent(result.top1)}, top-3 ${percent(result.top3)} over ${result.total} searches` +
      (result.misses.length ? `\n  missed:\n  ${result.misses.join('\n  ')}` : '') +
      '\n',
  );
}

describe('set A: outdoor retail (the Northwind demo articles)', () => {
  let org: FixtureOrganization;
  let ids: Map<string, string>;

  beforeAll(async () => {
    org = await createFixtureOrganization(handle.db, 'northwind');
    ids = await storeCorpus(handle.db, org.id, [...demoArticles]);
  });

  it('has at least 100 searches, none of them for an archived article', () => {
    expect(outdoorSearches.length).toBeGreaterThanOrEqual(100);
    const archived = new Set(demoArticles.filter((a) => a.state === 'archived').map((a) => a.key));
    expect(outdoorSearches.filter((s) => archived.has(s.expected))).toEqual([]);
  });

  it('finds the expected article in the top three for at least 85 % of searches', async () => {
    // A publisher's view: every article but the archived ones, drafts and not-validated included.
    const result = await measureRelevance({
      db: handle.db,
      organizationId: org.id,
      viewer: { personId: org.people.admin.id, seesAll: true },
      ids,
      searches: outdoorSearches,
    });
    report('A (outdoor retail)', result);
    expect(result.top3).toBeGreaterThanOrEqual(TARGET_TOP3);
  });
});

describe('set B: an insurer (Harbour Mutual)', () => {
  let org: FixtureOrganization;
  let ids: Map<string, string>;
  const viewer = () => ({ personId: org.people.agent.id, seesAll: false });

  beforeAll(async () => {
    org = await createFixtureOrganization(handle.db, 'harbour');
    ids = await storeCorpus(handle.db, org.id, insurerArticles);
  });

  it('has at least 50 articles and 100 searches', () => {
    expect(insurerArticles.length).toBeGreaterThanOrEqual(50);
    expect(insurerSearches.length).toBeGreaterThanOrEqual(100);
  });

  it('finds the expected article in the top three for at least 85 % of searches', async () => {
    const result = await measureRelevance({
      db: handle.db,
      organizationId: org.id,
      viewer: viewer(),
      ids,
      searches: insurerSearches,
    });
    report('B (insurer)', result);
    expect(result.top3).toBeGreaterThanOrEqual(TARGET_TOP3);
  });

  it('after a search ends in a link, the same search ranks that article first', async () => {
    const q = 'my policy paperwork went missing in the post';
    const article = ids.get('bereavement')!;
    const before = await searchArticles({
      db: handle.db,
      organizationId: org.id,
      viewer: viewer(),
      q,
      limit: 5,
    });
    expect(before[0]?.article.id).not.toBe(article);
    await learnFromLink({ trx: handle.db, organizationId: org.id, articleId: article, query: q });
    const after = await searchArticles({
      db: handle.db,
      organizationId: org.id,
      viewer: viewer(),
      q,
      limit: 5,
    });
    expect(after[0]?.article.id).toBe(article);
  });
});
