/**
 * npm run bench:import — CSV imports through the CLI (`leeway import … --apply --json`, its own
 * process: a dry run, then the apply), on PostgreSQL (1,000,000 customers, then 3,000,000 orders
 * for them) and on the embedded database (100,000 customers). Rows per second of each phase and
 * the CLI's peak RSS; the last line is one JSON object. BENCH_SCALE (default 1) shrinks every file
 * for a quick run; BENCH_ONLY=postgres|embedded runs one side. On PostgreSQL each file is also
 * COPY'd plainly into an unlogged table just before its import (the reference: `…ApplyPerCopy` is
 * the apply's time over that COPY's, which the machine's load moves less than the seconds).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

import { openDatabase, type Db } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { runCli } from '../server/testing/processes.ts';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const POSTGRES_CUSTOMERS = Math.round(1_000_000 * SCALE);
const POSTGRES_ORDERS = Math.round(3_000_000 * SCALE);
const EMBEDDED_CUSTOMERS = Math.round(100_000 * SCALE);
const only = process.env.BENCH_ONLY;

type Phase = { rows: number; seconds: number; rowsPerSecond: number };
type CliResult = { phases: { dryRun: Phase; apply: Phase }; peakRssMb: number };

/** Writes a file line by line, waiting whenever the stream's buffer is full (memory stays flat). */
async function writeLines(
  file: string,
  header: string,
  count: number,
  line: (i: number) => string,
) {
  const out = fs.createWriteStream(file);
  let chunk = `${header}\n`;
  for (let i = 0; i < count; i++) {
    chunk += `${line(i)}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise<void>((r) => out.once('finish', () => r()));
}

const segments = ['new', 'regular', 'loyal', 'vip'];
const areas = ['312', '415', '646', '213', '617', '702', '503', '404'];

/** A distinct, valid North American number per customer (area, exchange 230–989, line). */
function phoneOf(i: number): string {
  const exchange = 230 + (Math.floor(i / 8) % 760);
  const line = Math.floor(i / 6_080) % 10_000;
  return `+1${areas[i % 8]}${exchange}${String(line).padStart(4, '0')}`;
}
const statuses = ['processing', 'shipped', 'delivered', 'returned'];

function customersFile(file: string, count: number) {
  return writeLines(
    file,
    'external_ref,name,email,phone,segment,lifetime_value,flags,linked_person_email',
    count,
    (i) =>
      `C${i},Customer ${i},customer${i}@example.com,${phoneOf(i)},${segments[i % 4]},${(i * 37) % 100_000}.${String(i % 100).padStart(2, '0')},${i % 50 === 0 ? 'chargeback_risk' : ''},`,
  );
}

function ordersFile(file: string, count: number, customers: number) {
  const start = Date.parse('2025-01-01T00:00:00Z');
  return writeLines(
    file,
    'external_ref,customer_ref,placed_at,status,total,currency,items',
    count,
    (i) => {
      const price = 5 + (i % 200);
      const quantity = 1 + (i % 3);
      return `O${i},C${i % customers},${new Date(start + i * 9_000).toISOString()},${statuses[i % 4]},${price * quantity}.00,USD,SKU-${i % 500}|Item ${i % 500}|${quantity}|${price}.00`;
    },
  );
}

async function createOrganization(db: Db) {
  await db
    .insertInto('organizations')
    .values({
      slug: 'bench-import',
      name: 'Import Co',
      currency: 'USD',
      timeZone: 'UTC',
      vision: '',
    })
    .execute();
}

async function importThroughCli(
  kind: string,
  file: string,
  env: Record<string, string | undefined>,
) {
  const { code, output } = await runCli(
    ['import', kind, file, '--org', 'bench-import', '--apply', '--json'],
    env,
  );
  const json = output.split('\n').find((line) => line.startsWith('{"import"'));
  if (code !== 0 || !json)
    throw new Error(`leeway import ${kind} failed (${code}):\n${output.slice(-4000)}`);
  const result = JSON.parse(json) as CliResult & {
    import: { created: number; errorCount: number };
  };
  console.error(
    `  ${kind}: dry run ${result.phases.dryRun.rowsPerSecond.toLocaleString('en-US')} rows/s (${result.phases.dryRun.seconds.toFixed(1)} s), ` +
      `apply ${result.phases.apply.rowsPerSecond.toLocaleString('en-US')} rows/s (${result.phases.apply.seconds.toFixed(1)} s), ` +
      `${result.import.created.toLocaleString('en-US')} created, peak RSS ${result.peakRssMb} MB`,
  );
  return result;
}

/**
 * The reference measured in the same run: the file COPY'd as CSV into an unlogged table of text
 * columns (no checks, no indexes, no WAL). The machine is shared, so a figure means most as a ratio.
 */
async function referenceCopy(url: string, file: string, columns: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const names = Array.from({ length: columns }, (_, i) => `c${i} text`).join(', ');
    await client.query(`create unlogged table bench_reference (${names})`);
    const started = performance.now();
    await pipeline(
      fs.createReadStream(file),
      client.query(copyFrom('copy bench_reference from stdin with (format csv, header)')),
    );
    const seconds = (performance.now() - started) / 1000;
    await client.query('drop table bench_reference');
    console.error(`  reference: plain COPY of ${path.basename(file)} in ${seconds.toFixed(1)} s`);
    return seconds;
  } finally {
    await client.end();
  }
}

async function postgres(work: string) {
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `leeway_bench_import_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    const database = await openDatabase({ kind: 'postgres', url: url.href });
    await migrateToLatest(database.db);
    await createOrganization(database.db);
    await database.close();
    const customers = path.join(work, 'customers-1m.csv');
    const orders = path.join(work, 'orders-3m.csv');
    console.error(
      `PostgreSQL: writing ${POSTGRES_CUSTOMERS.toLocaleString('en-US')} customers and ${POSTGRES_ORDERS.toLocaleString('en-US')} orders…`,
    );
    await customersFile(customers, POSTGRES_CUSTOMERS);
    await ordersFile(orders, POSTGRES_ORDERS, POSTGRES_CUSTOMERS);
    const env = { DATABASE_URL: url.href, DATA_DIR: path.join(work, 'pg-data') };
    const customersCopy = await referenceCopy(url.href, customers, 8);
    const c = await importThroughCli('customers', customers, env);
    const ordersCopy = await referenceCopy(url.href, orders, 7);
    const o = await importThroughCli('orders', orders, env);
    return {
      customersCopySeconds: round2(customersCopy),
      customersApplyPerCopy: round(c.phases.apply.seconds / customersCopy),
      customersPerSec: c.phases.apply.rowsPerSecond,
      customersApplySeconds: round(c.phases.apply.seconds),
      customersDryRunPerSec: c.phases.dryRun.rowsPerSecond,
      ordersCopySeconds: round2(ordersCopy),
      ordersApplyPerCopy: round(o.phases.apply.seconds / ordersCopy),
      ordersPerSec: o.phases.apply.rowsPerSecond,
      ordersApplySeconds: round(o.phases.apply.seconds),
      ordersDryRunPerSec: o.phases.dryRun.rowsPerSecond,
      peakRssMb: Math.max(c.peakRssMb, o.peakRssMb),
    };
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function embedded(work: string) {
  const dataDir = path.join(work, 'embedded');
  const database = await openDatabase({ kind: 'pglite', dataDir });
  await migrateToLatest(database.db);
  await createOrganization(database.db);
  await database.close();
  const customers = path.join(work, 'customers-100k.csv');
  console.error(`Embedded: writing ${EMBEDDED_CUSTOMERS.toLocaleString('en-US')} customers…`);
  await customersFile(customers, EMBEDDED_CUSTOMERS);
  const c = await importThroughCli('customers', customers, {
    DATA_DIR: dataDir,
    DATABASE_URL: undefined,
    SEED_DEMO: 'false',
  });
  return {
    customersPerSec: c.phases.apply.rowsPerSecond,
    customersApplySeconds: round(c.phases.apply.seconds),
    customersDryRunPerSec: c.phases.dryRun.rowsPerSecond,
    peakRssMb: c.peakRssMb,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-bench-import-'));
try {
  const result: Record<string, unknown> = {};
  if (only !== 'embedded') result.postgres = await postgres(work);
  if (only !== 'postgres') result.embedded = await embedded(work);
  console.log(JSON.stringify(result));
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
