/**
 * The knowledge benchmark's corpus: generated articles of realistic length drawn from the fixture
 * corpora's words, the questions asked of them, and indexing them into a fresh organization through
 * the same search vector and vocabulary triggers every save uses.
 */
import { randomBytes } from 'node:crypto';

import { sql } from 'kysely';

import type { DatabaseHandle } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { demoArticles } from '../../server/modules/demo/knowledge/demo-articles.ts';
import { articleSearchVector } from '../../server/modules/knowledge/search/article-search-vector.ts';
import { insurerArticles } from '../../server/modules/knowledge/search/fixtures/insurer-articles.ts';
import { insurerSearches } from '../../server/modules/knowledge/search/fixtures/insurer-searches.ts';
import { outdoorSearches } from '../../server/modules/knowledge/search/fixtures/outdoor-searches.ts';
import { createFixtureOrganization } from '../../server/testing/fixtures.ts';

const SEARCHES = 1_000;
const BATCH = 500;

/** A seeded source, so every run indexes the same corpus and asks the same questions. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The words of the two fixture corpora, most frequent first, drawn with a Zipf-like skew: generated
 * text then has common words that match thousands of articles and rare ones that match a few.
 */
function vocabulary(): string[] {
  const counts = new Map<string, number>();
  for (const a of [...demoArticles, ...insurerArticles])
    for (const word of `${a.title} ${a.problem} ${a.resolution} ${a.context}`
      .toLowerCase()
      .match(/[a-z]+/g) ?? [])
      counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word);
}

export function generator(seed: number) {
  const next = random(seed);
  const words = vocabulary();
  const word = () => words[Math.floor(words.length * next() ** 2.2)]!;
  const sentence = (min: number, max: number) =>
    Array.from({ length: min + Math.floor(next() * (max - min)) }, word).join(' ');
  const tags = words.slice(40, 80);
  return {
    article: () => ({
      title: sentence(4, 10),
      problem: sentence(18, 45),
      context: sentence(5, 12),
      resolution: `${sentence(30, 60)}.\n\n- ${sentence(10, 25)}\n- ${sentence(10, 25)}\n\n${sentence(20, 50)}.`,
      tags: [tags[Math.floor(next() * tags.length)]!, tags[Math.floor(next() * tags.length)]!],
    }),
    query: () => sentence(2, 5),
    next,
  };
}

/** Fixture searches (paraphrases, typos) and generated ones; suggestions are them cut mid-word. */
export function questions() {
  const g = generator(7);
  const written = [...outdoorSearches, ...insurerSearches].map((s) => s.q);
  const searches = Array.from({ length: SEARCHES }, (_, i) =>
    i % 2 === 0 ? written[(i / 2) % written.length]! : g.query(),
  );
  const suggestions = searches.map((q) => {
    const cut = Math.max(3, q.length - 1 - Math.floor(g.next() * 4));
    return q.slice(0, cut);
  });
  return { searches, suggestions };
}

export async function indexArticles(database: DatabaseHandle, articles: number) {
  await migrateToLatest(database.db);
  const org = await createFixtureOrganization(
    database.db,
    `bench-kb-${randomBytes(3).toString('hex')}`,
  );
  const g = generator(42);
  const started = performance.now();
  for (let done = 0; done < articles; done += BATCH) {
    const now = new Date();
    const rows = Array.from({ length: Math.min(BATCH, articles - done) }, () => {
      const article = g.article();
      const roll = g.next();
      return {
        ...article,
        organizationId: org.id,
        visibility: roll < 0.8 ? ('internal' as const) : ('external' as const),
        state:
          roll < 0.85
            ? ('validated' as const)
            : roll < 0.95
              ? ('not_validated' as const)
              : ('draft' as const),
        ownerId: org.people.agent2.id,
        createdAt: now,
        updatedAt: now,
        searchVector: articleSearchVector(article),
      };
    });
    await database.db.insertInto('knowledgeArticles').values(rows).execute();
    if ((done / BATCH) % 20 === 0) process.stdout.write(`  ${done + rows.length} articles\r`);
  }
  await sql`analyze`.execute(database.db);
  const indexSeconds = (performance.now() - started) / 1000;
  console.log(`  indexed ${articles} articles in ${Math.round(indexSeconds * 10) / 10} s`);
  await database.close();
  return { email: org.people.agent.email, indexSeconds };
}
