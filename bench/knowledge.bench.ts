/**
 * npm run bench:knowledge — knowledge search over HTTP: generated articles of realistic length (title,
 * problem, context, a resolution of a hundred-odd words, tags) indexed through the search vector and
 * vocabulary triggers every save uses, then 1,000 searches and 1,000 suggestions from a second
 * process, 8 in flight. 100,000 articles on PostgreSQL (DATABASE_URL, default the local server),
 * 10,000 on the embedded database. The last line is one JSON object.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { sql } from 'kysely';
import pg from 'pg';

import { openDatabase, type DatabaseHandle } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { demoArticles } from '../server/modules/demo/knowledge/demo-articles.ts';
import { articleSearchVector } from '../server/modules/knowledge/search/article-search-vector.ts';
import { insurerArticles } from '../server/modules/knowledge/search/fixtures/insurer-articles.ts';
import { insurerSearches } from '../server/modules/knowledge/search/fixtures/insurer-searches.ts';
import { outdoorSearches } from '../server/modules/knowledge/search/fixtures/outdoor-searches.ts';
import { createFixtureOrganization, FIXTURE_PASSWORD } from '../server/testing/fixtures.ts';
import { repoRoot, startServerProcess } from '../server/testing/processes.ts';

const SEARCHES = 1_000;
const CONCURRENCY = 8;
const BATCH = 500;
const POSTGRES_ARTICLES = Number(process.env.BENCH_PG_ARTICLES ?? 100_000);
const EMBEDDED_ARTICLES = Number(process.env.BENCH_EMBEDDED_ARTICLES ?? 10_000);

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

function generator(seed: number) {
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
function questions() {
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

async function index(database: DatabaseHandle, articles: number) {
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
  console.log(`  indexed ${articles} articles in ${round(indexSeconds)} s`);
  await database.close();
  return { email: org.people.agent.email, indexSeconds };
}

type DriverResult = { search: Latency; suggest: Latency };
type Latency = { p50: number; p95: number; results: number };

function drive(url: string, email: string): Promise<DriverResult> {
  const job = { url, email, password: FIXTURE_PASSWORD, concurrency: CONCURRENCY, ...questions() };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/support/search-driver.ts'], {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    child.stdin.end(JSON.stringify(job));
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').pop()!) as DriverResult)
        : reject(new Error(`search driver exited ${code}`)),
    );
  });
}

const round = (n: number) => Math.round(n * 10) / 10;

async function measure(
  label: string,
  articles: number,
  env: Record<string, string | undefined>,
  indexed: { email: string; indexSeconds: number },
) {
  const server = await startServerProcess({ ...env, SEED_DEMO: 'false' });
  try {
    const r = await drive(server.url, indexed.email);
    console.log(
      `${label}: ${articles} articles indexed in ${round(indexed.indexSeconds)} s; search p50 ${round(r.search.p50)} ms, p95 ${round(r.search.p95)} ms (${round(r.search.results)} results each); suggest p50 ${round(r.suggest.p50)} ms, p95 ${round(r.suggest.p95)} ms`,
    );
    return {
      articles,
      indexSeconds: round(indexed.indexSeconds),
      searchP50Ms: round(r.search.p50),
      searchP95Ms: round(r.search.p95),
      suggestP95Ms: round(r.suggest.p95),
    };
  } finally {
    await server.stop();
  }
}

async function embedded() {
  console.log(`\n— embedded (PGlite), ${EMBEDDED_ARTICLES} articles`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-bench-kb-'));
  try {
    const indexed = await index(await openDatabase({ kind: 'pglite', dataDir }), EMBEDDED_ARTICLES);
    return await measure(
      'embedded',
      EMBEDDED_ARTICLES,
      { DATA_DIR: dataDir, DATABASE_URL: undefined },
      indexed,
    );
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function postgres(baseUrl: string) {
  console.log(`\n— PostgreSQL, ${POSTGRES_ARTICLES} articles`);
  const name = `leeway_bench_kb_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  try {
    const indexed = await index(
      await openDatabase({ kind: 'postgres', url: url.toString() }),
      POSTGRES_ARTICLES,
    );
    return await measure('postgres', POSTGRES_ARTICLES, { DATABASE_URL: url.toString() }, indexed);
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

const only = process.env.BENCH_ONLY;
const result: Record<string, unknown> = {};
if (only !== 'embedded')
  result.postgres = await postgres(
    process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  );
if (only !== 'postgres') result.embedded = await embedded();
console.log(JSON.stringify(result));
