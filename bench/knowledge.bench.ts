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

import pg from 'pg';

import { openDatabase } from '../server/db/database.ts';
import { FIXTURE_PASSWORD } from '../server/testing/fixtures.ts';
import { repoRoot, startServerProcess } from '../server/testing/processes.ts';
import { indexArticles, questions } from './support/knowledge-corpus.ts';

const CONCURRENCY = 8;
const POSTGRES_ARTICLES = Number(process.env.BENCH_PG_ARTICLES ?? 100_000);
const EMBEDDED_ARTICLES = Number(process.env.BENCH_EMBEDDED_ARTICLES ?? 10_000);

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
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server under load.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const server = await startServerProcess({ ...env, SEED_DEMO: 'false' }, nodeArgs);
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
    const indexed = await indexArticles(
      await openDatabase({ kind: 'pglite', dataDir }),
      EMBEDDED_ARTICLES,
    );
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
    const indexed = await indexArticles(
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
