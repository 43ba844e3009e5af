import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { checkpointStatement } from '../domain/ledger/checkpoint.ts';
import { fromHex, leafHash, toHex, verifyInclusion } from '../domain/ledger/merkle.ts';
import { openDatabase, type DatabaseHandle } from '../server/db/database.ts';
import { appendLedgerEntries } from '../server/modules/ledger/commands/append-ledger-entries.ts';
import { runCli } from '../server/testing/processes.ts';
import { createPostgresDatabase, testDialect } from '../server/testing/test-database.ts';

/**
 * The auditor's side of the ledger, through the `leeway` command: what someone with raw database
 * access (a superuser can switch the append-only trigger off) does between two runs, and what verify
 * and verify --checkpoint answer.
 */
describe('leeway ledger', () => {
  let env: Record<string, string | undefined>;
  let dataDir: string | undefined;
  let postgres: (DatabaseHandle & { url: string }) | undefined;
  let work: string;
  let orgId: string;

  /** The database the commands use, opened between commands (the embedded one is one process's at a time). */
  async function withDb<T>(task: (db: DatabaseHandle['db']) => Promise<T>): Promise<T> {
    if (postgres) return task(postgres.db);
    const handle = await openDatabase({ kind: 'pglite', dataDir: dataDir!, holder: 'ledger test' });
    try {
      return await task(handle.db);
    } finally {
      await handle.close();
    }
  }

  /** Entries appended the way the app appends them (the command every decision ends with). */
  const append = (count: number) =>
    withDb((db) =>
      db.transaction().execute((trx) =>
        appendLedgerEntries(
          trx,
          orgId,
          Array.from({ length: count }, (_, i) => ({
            kind: 'resolution.requested' as const,
            at: new Date(Date.UTC(2026, 11, 1, 12, 0, i)),
            actorId: null,
            data: { amountMinor: (i + 1) * 100 },
          })),
        ),
      ),
    );

  const withoutAppendOnly = (task: (db: DatabaseHandle['db']) => Promise<unknown>) =>
    withDb(async (db) => {
      await sql`alter table ledger_entries disable trigger ledger_entries_no_update`.execute(db);
      try {
        await task(db);
      } finally {
        await sql`alter table ledger_entries enable trigger ledger_entries_no_update`.execute(db);
      }
    });

  const headSeq = () =>
    withDb(
      async (db) =>
        (
          await db
            .selectFrom('ledgerHeads')
            .select('seq')
            .where('organizationId', '=', orgId)
            .executeTakeFirstOrThrow()
        ).seq,
    );

  /** A copy of the ledger to put back after a test that breaks it, so each test starts from a ledger that verifies. */
  async function snapshot(): Promise<() => Promise<void>> {
    const rows = await withDb((db) =>
      db.selectFrom('ledgerEntries').selectAll().where('organizationId', '=', orgId).execute(),
    );
    const head = await withDb((db) =>
      db
        .selectFrom('ledgerHeads')
        .selectAll()
        .where('organizationId', '=', orgId)
        .executeTakeFirstOrThrow(),
    );
    return () =>
      withoutAppendOnly(async (db) => {
        await db.deleteFrom('ledgerEntries').where('organizationId', '=', orgId).execute();
        await db
          .insertInto('ledgerEntries')
          .values(rows.map(({ id: _id, ...row }) => ({ ...row, data: JSON.stringify(row.data) })))
          .execute();
        await db
          .updateTable('ledgerHeads')
          .set({ seq: head.seq, hash: head.hash })
          .where('organizationId', '=', orgId)
          .execute();
      });
  }

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-ledger-cli-'));
    if (testDialect() === 'postgres') {
      postgres = await createPostgresDatabase();
      // With DATABASE_URL there is no default key: production names its file.
      const keyFile = path.join(work, 'signing-key.pem');
      fs.writeFileSync(
        keyFile,
        generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }),
        { mode: 0o600 },
      );
      env = { DATABASE_URL: postgres.url, LEDGER_SIGNING_KEY_FILE: keyFile };
    } else {
      dataDir = path.join(work, 'data');
      env = { DATA_DIR: dataDir, DATABASE_URL: undefined, LEDGER_SIGNING_KEY_FILE: undefined };
    }
    const migrated = await runCli(['migrate'], env);
    expect(migrated.code, migrated.output).toBe(0);
    const seeded = await runCli(['seed', '--demo'], env);
    expect(seeded.code, seeded.output).toBe(0);
    orgId = await withDb(
      async (db) =>
        (
          await db
            .selectFrom('organizations')
            .select('id')
            .where('slug', '=', 'northwind')
            .executeTakeFirstOrThrow()
        ).id,
    );
    await append(12);
  }, 180_000);
  afterAll(async () => {
    await postgres?.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it(
    'finds the last five entries deleted, naming the first missing seq',
    { timeout: 120_000 },
    async () => {
      const restore = await snapshot();
      const head = await headSeq();
      await withoutAppendOnly((db) =>
        db
          .deleteFrom('ledgerEntries')
          .where('organizationId', '=', orgId)
          .where('seq', '>', head - 5)
          .execute(),
      );
      const verified = await runCli(['ledger', 'verify', '--org', 'northwind'], env);
      expect(verified.code).toBe(1);
      expect(verified.output).toContain(
        `northwind: BROKEN at seq ${head - 4} (entries ${head - 4} to ${head} are missing: the chain ends at ${head - 5}, the head records ${head})`,
      );
      await restore();
    },
  );

  it(
    'signs a checkpoint an auditor keeps, and later proves the ledger only grew since',
    { timeout: 120_000 },
    async () => {
      const file = path.join(work, 'checkpoint.json');
      const issued = await runCli(
        ['ledger', 'checkpoint', '--org', 'northwind', '--out', file],
        env,
      );
      expect(issued.code, issued.output).toBe(0);
      const checkpoint = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(checkpoint).toMatchObject({
        format: 'leeway-ledger-checkpoint/1',
        organizationId: orgId,
        organizationSlug: 'northwind',
        treeSize: await headSeq(),
      });
      if (dataDir) {
        // The embedded default key: beside the database folder, not in it, readable by its owner only.
        const keyFile = `${dataDir}-keys/ledger-signing-key.pem`;
        expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
        expect(fs.readdirSync(dataDir).some((name) => name.includes('key'))).toBe(false);
      }

      await append(7);
      // The auditor pinned the public half of the deployment's key when they took the checkpoint.
      const keyFile = env.LEDGER_SIGNING_KEY_FILE ?? `${dataDir}-keys/ledger-signing-key.pem`;
      const pinned = path.join(work, 'pinned.pub.pem');
      fs.writeFileSync(
        pinned,
        createPublicKey(createPrivateKey(fs.readFileSync(keyFile))).export({
          type: 'spki',
          format: 'pem',
        }),
      );
      const grown = await runCli(
        ['ledger', 'verify', '--checkpoint', file, '--public-key', pinned],
        env,
      );
      expect(grown.code, grown.output).toBe(0);
      expect(grown.output).toContain(
        `ok: ledger grew from ${checkpoint.treeSize} to ${checkpoint.treeSize + 7} entries since ${checkpoint.issuedAt}`,
      );
    },
  );

  it(
    'refuses a checkpoint whose claims no longer match its signature, or that another key signed',
    { timeout: 120_000 },
    async () => {
      const checkpoint = JSON.parse(fs.readFileSync(path.join(work, 'checkpoint.json'), 'utf8'));
      const forgedFile = path.join(work, 'forged.json');
      // Claiming a smaller tree than was signed (as a truncater would, to match the ledger they left).
      fs.writeFileSync(
        forgedFile,
        JSON.stringify({ ...checkpoint, treeSize: checkpoint.treeSize - 3 }),
      );
      const smaller = await runCli(['ledger', 'verify', '--checkpoint', forgedFile], env);
      expect(smaller.code).toBe(1);
      expect(smaller.output).toContain(
        'FAILED: the signature does not verify with the trusted key: the checkpoint was altered or forged',
      );

      // Made and signed by someone else's key, carrying that key: the key a file carries is not trusted.
      const other = generateKeyPairSync('ed25519');
      const otherKeyId = createHash('sha256')
        .update(other.publicKey.export({ type: 'spki', format: 'der' }))
        .digest('hex');
      const claims = { ...checkpoint, treeSize: checkpoint.treeSize - 3 };
      const selfSigned = {
        ...claims,
        publicKey: other.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        keyId: otherKeyId,
        signature: sign(null, Buffer.from(checkpointStatement(claims)), other.privateKey).toString(
          'base64',
        ),
      };
      fs.writeFileSync(forgedFile, JSON.stringify(selfSigned));
      const foreign = await runCli(['ledger', 'verify', '--checkpoint', forgedFile], env);
      expect(foreign.code).toBe(1);
      expect(foreign.output).toContain(
        `FAILED: the checkpoint names key ${otherKeyId.slice(0, 16)}…, not the trusted key`,
      );
    },
  );

  it(
    'fails verify --checkpoint after the ledger was truncated, the head moved back and the ledger grew again',
    { timeout: 120_000 },
    async () => {
      const file = path.join(work, 'checkpoint.json');
      const checkpoint = JSON.parse(fs.readFileSync(file, 'utf8'));
      const restore = await snapshot();
      // Truncate to before the checkpoint, move the head back to match and delete the server's record of
      // checkpoints, then new decisions arrive: the chain alone verifies, and it is longer than the
      // checkpoint, but does not begin with it.
      const keep = checkpoint.treeSize - 2;
      await withoutAppendOnly(async (db) => {
        await db
          .deleteFrom('ledgerEntries')
          .where('organizationId', '=', orgId)
          .where('seq', '>', keep)
          .execute();
        const last = await db
          .selectFrom('ledgerEntries')
          .select('hash')
          .where('organizationId', '=', orgId)
          .where('seq', '=', keep)
          .executeTakeFirstOrThrow();
        await db
          .updateTable('ledgerHeads')
          .set({ seq: keep, hash: last.hash })
          .where('organizationId', '=', orgId)
          .execute();
        await sql`alter table ledger_checkpoints disable trigger ledger_checkpoints_no_update`.execute(
          db,
        );
        await db.deleteFrom('ledgerCheckpoints').where('organizationId', '=', orgId).execute();
        await sql`alter table ledger_checkpoints enable trigger ledger_checkpoints_no_update`.execute(
          db,
        );
      });
      await append(10);
      const regrown = await runCli(['ledger', 'verify', '--checkpoint', file], env);
      expect(regrown.code).toBe(1);
      expect(regrown.output).toContain(`northwind: ok, ${keep + 10} entries`);
      expect(regrown.output).toContain(
        `FAILED: the ledger was rewritten: its first ${checkpoint.treeSize} entries are not the ones the checkpoint of ${checkpoint.issuedAt} signed`,
      );
      await restore();
    },
  );

  it(
    'fails verify --checkpoint after an early entry was edited',
    { timeout: 120_000 },
    async () => {
      const restore = await snapshot();
      await withoutAppendOnly((db) =>
        sql`update ledger_entries set data = '{"amountMinor":1}' where organization_id = ${orgId} and seq = 2`.execute(
          db,
        ),
      );
      const edited = await runCli(
        ['ledger', 'verify', '--checkpoint', path.join(work, 'checkpoint.json')],
        env,
      );
      expect(edited.code).toBe(1);
      expect(edited.output).toContain(
        'northwind: BROKEN at seq 2 (its content does not match its hash)',
      );
      expect(edited.output).toContain('FAILED: the ledger grew from');
      await restore();
    },
  );

  it(
    'proves one entry is in the ledger, with a path an auditor checks against the signed root',
    { timeout: 120_000 },
    async () => {
      const seq = 3;
      const proved = await runCli(['ledger', 'prove', '--seq', String(seq)], env);
      expect(proved.code, proved.output).toBe(0);
      expect(proved.output).toContain(`ok: entry ${seq} is in the ledger of`);
      const proof = JSON.parse(
        proved.output.slice(proved.output.indexOf('{'), proved.output.lastIndexOf('}') + 1),
      );
      const entryHash = await withDb(
        async (db) =>
          (
            await db
              .selectFrom('ledgerEntries')
              .select('hash')
              .where('organizationId', '=', orgId)
              .where('seq', '=', seq)
              .executeTakeFirstOrThrow()
          ).hash,
      );
      expect(proof.leafHash).toBe(toHex(leafHash(fromHex(entryHash))));
      expect(proof.checkpoint).toMatchObject({
        treeSize: proof.treeSize,
        rootHash: proof.rootHash,
      });
      expect(
        verifyInclusion({
          leafHash: leafHash(fromHex(entryHash)),
          index: seq - 1,
          size: proof.treeSize,
          path: proof.auditPath.map(fromHex),
          root: fromHex(proof.rootHash),
        }),
      ).toBe(true);
    },
  );
});
