/**
 * npm run bench:decisions — the decision path end to end: the server in its own process, load from a
 * second process over loopback, on the embedded database and (when DATABASE_URL is set) on PostgreSQL
 * with two instances, plus pgbench on the same server for scale. The last line is one JSON object.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import pg from 'pg';

import { openDatabase, type DatabaseHandle } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { repoRoot, startServerProcess } from '../server/testing/processes.ts';
import { BENCH_PASSWORD, createBenchOrganization, type BenchOrg } from './support/bench-org.ts';

const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 15) * 1000;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const AGENTS = 64;

type DriverResult = {
  requests: number;
  decisionsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  outcomes: Record<string, number>;
  approverEvents: number;
  approverEventP50Ms: number;
  approverEventP99Ms: number;
};

function runDriver(
  org: BenchOrg,
  requestUrl: string,
  approverUrl: string,
  durationMs: number,
  concurrency = CONCURRENCY,
  overLimitEvery = 20,
): Promise<DriverResult> {
  const job = {
    requestUrl,
    approverUrl,
    agents: org.agents,
    approver: org.approver,
    password: BENCH_PASSWORD,
    contacts: org.contacts,
    concurrency,
    durationMs,
    overLimitEvery,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/support/load-driver.ts'], {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    child.stdin.end(JSON.stringify(job));
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').pop()!) as DriverResult)
        : reject(new Error(`load driver exited ${code}`)),
    );
  });
}

async function prepare(database: DatabaseHandle): Promise<BenchOrg> {
  await migrateToLatest(database.db);
  const org = await createBenchOrganization(database.db, {
    agents: AGENTS,
    customers: 5_000,
    contactsPerAgent: 100,
    historyDays: 30,
  });
  await database.close();
  return org;
}

const round = (n: number) => Math.round(n * 10) / 10;
function report(label: string, r: DriverResult) {
  console.log(
    `${label}: ${round(r.decisionsPerSec)} decisions/s over ${r.requests} requests (${JSON.stringify(r.outcomes)}), p50 ${round(r.p50Ms)} ms, p99 ${round(r.p99Ms)} ms; ` +
      `approver events ${r.approverEvents}, p50 ${round(r.approverEventP50Ms)} ms, p99 ${round(r.approverEventP99Ms)} ms`,
  );
}

async function embedded() {
  console.log(
    `\n— embedded (PGlite): ${CONCURRENCY} concurrent requests for ${DURATION_MS / 1000} s`,
  );
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-bench-'));
  try {
    const org = await prepare(await openDatabase({ kind: 'pglite', dataDir }));
    const server = await startServerProcess({
      DATA_DIR: dataDir,
      DATABASE_URL: undefined,
      SEED_DEMO: 'false',
    });
    try {
      const result = await runDriver(org, server.url, server.url, DURATION_MS);
      report('embedded', result);
      return {
        decisionsPerSec: round(result.decisionsPerSec),
        p50Ms: round(result.p50Ms),
        p99Ms: round(result.p99Ms),
        approverEventP99Ms: round(result.approverEventP99Ms),
      };
    } finally {
      await server.stop();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function withScratchDatabase<T>(
  baseUrl: string,
  prefix: string,
  work: (url: string, name: string) => Promise<T>,
): Promise<T> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString(), name);
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

function pgbench(url: string): number {
  const target = new URL(url);
  const args = [
    '-h',
    target.hostname,
    '-p',
    target.port || '5432',
    '-U',
    decodeURIComponent(target.username || 'postgres'),
  ];
  const database = target.pathname.slice(1);
  process.stdout.write('pgbench: initialising (scale 10)… ');
  execFileSync('pgbench', [...args, '-i', '-q', '-s', '10', database], { stdio: 'ignore' });
  process.stdout.write(`running ${CONCURRENCY} clients for ${DURATION_MS / 1000} s… `);
  const out = execFileSync(
    'pgbench',
    [...args, '-c', String(CONCURRENCY), '-j', '2', '-T', String(DURATION_MS / 1000), database],
    { encoding: 'utf8' },
  );
  const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1]);
  console.log(`${round(tps)} TPS`);
  return tps;
}

async function postgres(databaseUrl: string) {
  console.log(
    `\n— PostgreSQL, two instances: ${CONCURRENCY} concurrent requests for ${DURATION_MS / 1000} s`,
  );
  return withScratchDatabase(databaseUrl, 'leeway_bench', async (url) => {
    const org = await prepare(await openDatabase({ kind: 'postgres', url }));
    const env = { DATABASE_URL: url, DATABASE_POOL_SIZE: '20' };
    // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=…" profiles the server instances.
    const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const [a, b] = await Promise.all([
      startServerProcess(env, nodeArgs),
      startServerProcess(env, nodeArgs),
    ]);
    try {
      const same = await runDriver(org, a.url, a.url, DURATION_MS);
      report('postgres, one instance', same);
      const cross = await runDriver(org, a.url, b.url, Math.min(DURATION_MS, 8_000));
      report('postgres, requests on A, approver on B', cross);
      // Under the saturating load above, event latency is mostly queueing behind requests; one request
      // at a time (every other one needing approval) shows what the push itself costs.
      const lightSame = await runDriver(org, a.url, a.url, 5_000, 1, 2);
      report('postgres, one request at a time, same instance', lightSame);
      const lightCross = await runDriver(org, a.url, b.url, 5_000, 1, 2);
      report('postgres, one request at a time, approver on B', lightCross);
      const tps = await withScratchDatabase(databaseUrl, 'leeway_pgbench', async (scratch) =>
        pgbench(scratch),
      );
      return {
        decisionsPerSec: round(same.decisionsPerSec),
        p50Ms: round(same.p50Ms),
        p99Ms: round(same.p99Ms),
        approverEventP99Ms: round(same.approverEventP99Ms),
        crossInstanceEventP99Ms: round(cross.approverEventP99Ms),
        lightLoadApproverEventP99Ms: round(lightSame.approverEventP99Ms),
        lightLoadCrossInstanceEventP99Ms: round(lightCross.approverEventP99Ms),
        pgbenchTps: round(tps),
        ratioToPgbench: Number((same.decisionsPerSec / tps).toFixed(3)),
      };
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
}

// BENCH_ONLY=postgres (or embedded) measures one database, e.g. while profiling.
const only = process.env.BENCH_ONLY;
const result: Record<string, unknown> = {};
if (only !== 'postgres') result.embedded = await embedded();
if (process.env.DATABASE_URL && only !== 'embedded')
  result.postgres = await postgres(process.env.DATABASE_URL);
else if (!process.env.DATABASE_URL)
  console.log(
    '\n(set DATABASE_URL=postgres://… to measure PostgreSQL, two instances and pgbench too)',
  );
console.log(JSON.stringify(result));
