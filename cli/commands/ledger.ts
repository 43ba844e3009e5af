import fs from 'node:fs';

import { signedCheckpointSchema, type SignedCheckpoint } from '../../domain/ledger/checkpoint.ts';
import { fromHex, verifyInclusion } from '../../domain/ledger/merkle.ts';
import { loadConfig } from '../../server/config.ts';
import type { Db } from '../../server/db/database.ts';
import { AppError } from '../../server/errors.ts';
import { issueLedgerCheckpoint } from '../../server/modules/ledger/commands/issue-ledger-checkpoint.ts';
import { proveLedgerEntry } from '../../server/modules/ledger/queries/prove-ledger-entry.ts';
import { verifyLedgerCheckpoint } from '../../server/modules/ledger/queries/verify-ledger-checkpoint.ts';
import { verifyLedger } from '../../server/modules/ledger/queries/verify-ledger.ts';
import {
  loadLedgerSigningKey,
  publicKeyFromFile,
} from '../../server/modules/ledger/signing-key.ts';
import { parseFlags, UsageError, withDatabase, type Command } from '../command.ts';

type Org = { id: string; slug: string };

export const ledgerCommand: Command = {
  summary:
    'Check the decision ledger (hash chain, head, and growth since a signed checkpoint); sign checkpoints; prove an entry is in it',
  usage: [
    'verify [--org <slug>] [--checkpoint <file> [--public-key <file>]]',
    '       leeway ledger checkpoint [--org <slug>] [--out <file>]',
    '       leeway ledger prove --seq <n> [--org <slug>]',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseFlags(argv, {
      org: { type: 'string' },
      checkpoint: { type: 'string' },
      'public-key': { type: 'string' },
      out: { type: 'string' },
      seq: { type: 'string' },
    });
    const action = positionals[0];
    if (action === 'verify')
      return values.checkpoint
        ? verifyAgainstCheckpoint(values.checkpoint, values['public-key'], values.org)
        : verifyChains(values.org);
    if (action === 'checkpoint') return checkpoint(values.org, values.out);
    if (action === 'prove') {
      if (!values.seq || !/^[1-9][0-9]{0,14}$/.test(values.seq))
        throw new UsageError(
          '--seq: the sequence number of the entry (a receipt cites it as ledgerSeq)',
        );
      return prove(Number(values.seq), values.org);
    }
    throw new UsageError('The ledger actions are `verify`, `checkpoint` and `prove`');
  },
};

async function verifyChains(slug: string | undefined): Promise<number> {
  return withDatabase(async ({ db }) => {
    let query = db.selectFrom('organizations').select(['id', 'slug', 'name']).orderBy('slug');
    if (slug) query = query.where('slug', '=', slug);
    const orgs = await query.execute();
    if (orgs.length === 0) {
      console.error(slug ? `No organization "${slug}"` : 'No organizations yet');
      return 1;
    }
    let broken = 0;
    for (const org of orgs) if (!(await verifyChain(db, org))) broken++;
    return broken === 0 ? 0 : 1;
  });
}

/** Prints one organization's chain check; true when it verifies. */
async function verifyChain(db: Db, org: Org): Promise<boolean> {
  const result = await verifyLedger({
    db,
    organizationId: org.id,
    onProgress: (n) =>
      process.stdout.write(`\r  ${org.slug}: ${n.toLocaleString('en')} entries checked`),
  });
  process.stdout.write('\r');
  if (result.ok) console.log(`  ${org.slug}: ok, ${result.entries.toLocaleString('en')} entries`);
  else if (result.firstBrokenSeq === undefined)
    console.log(`  ${org.slug}: BROKEN (${result.problem})`);
  else
    console.log(
      `  ${org.slug}: BROKEN at seq ${result.firstBrokenSeq} (${result.problem}); the ${result.entries.toLocaleString('en')} entries before it verify`,
    );
  return result.ok;
}

/**
 * The auditor's check: the file's signature with the key they trust (this deployment's, or one they
 * pinned with --public-key), the chain as it is, and a consistency proof that it begins with the
 * checkpoint's entries.
 */
async function verifyAgainstCheckpoint(
  file: string,
  publicKeyFile: string | undefined,
  slug: string | undefined,
): Promise<number> {
  const checkpoint = readCheckpoint(file);
  const trustedKey = publicKeyFile ? publicKeyFromFile(publicKeyFile) : configuredPublicKey();
  if (slug && slug !== checkpoint.organizationSlug)
    throw new UsageError(`--org ${slug}: the checkpoint is of ${checkpoint.organizationSlug}`);
  return withDatabase(async ({ db }) => {
    const org = await db
      .selectFrom('organizations')
      .select(['id', 'slug'])
      .where('id', '=', checkpoint.organizationId)
      .executeTakeFirst();
    const result = await verifyLedgerCheckpoint({ db, checkpoint, trustedKey });
    const chainOk = org ? await verifyChain(db, org) : false;
    if (!result.ok) {
      console.log(`FAILED: ${result.problem}`);
      return 1;
    }
    if (!chainOk) {
      console.log(
        `FAILED: the ledger grew from ${result.fromSize.toLocaleString('en')} entries, but its hash chain is broken (above)`,
      );
      return 1;
    }
    console.log(
      `ok: ledger grew from ${result.fromSize.toLocaleString('en')} to ${result.toSize.toLocaleString('en')} entries since ${result.issuedAt}`,
    );
    return 0;
  });
}

async function checkpoint(slug: string | undefined, out: string | undefined): Promise<number> {
  const key = loadLedgerSigningKey(loadConfig().ledgerSigningKey);
  return withDatabase(async ({ db }) => {
    const signed = await issueLedgerCheckpoint({
      db,
      organizationId: (await oneOrganization(db, slug)).id,
      key,
      now: new Date(),
      issuedBy: null,
    });
    const json = `${JSON.stringify(signed, null, 2)}\n`;
    if (out) {
      fs.writeFileSync(out, json);
      console.error(
        `Checkpoint of ${signed.organizationSlug}'s ledger: ${signed.treeSize.toLocaleString('en')} entries, root ${signed.rootHash}, written to ${out}`,
      );
    } else process.stdout.write(json);
    return 0;
  });
}

async function prove(seq: number, slug: string | undefined): Promise<number> {
  const key = loadLedgerSigningKey(loadConfig().ledgerSigningKey);
  return withDatabase(async ({ db }) => {
    const proof = await proveLedgerEntry({
      db,
      organizationId: (await oneOrganization(db, slug)).id,
      seq,
      key,
      now: new Date(),
    });
    // Checked here with the same pure code an auditor runs: the leaf and path lead to the signed root.
    const verified = verifyInclusion({
      leafHash: fromHex(proof.leafHash),
      index: proof.leafIndex,
      size: proof.treeSize,
      path: proof.auditPath.map(fromHex),
      root: fromHex(proof.rootHash),
    });
    process.stdout.write(`${JSON.stringify(proof, null, 2)}\n`);
    console.error(
      verified
        ? `ok: entry ${seq} is in the ledger of ${proof.treeSize.toLocaleString('en')} entries with root ${proof.rootHash}`
        : `FAILED: the proof of entry ${seq} does not verify`,
    );
    return verified ? 0 : 1;
  });
}

function readCheckpoint(file: string): SignedCheckpoint {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`--checkpoint: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`--checkpoint: ${file} is not JSON`);
  }
  const parsed = signedCheckpointSchema.safeParse(json);
  if (!parsed.success)
    throw new UsageError(
      `--checkpoint: ${file} is not a ledger checkpoint (${parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ')})`,
    );
  return parsed.data;
}

/** Verifying must not mint a key: without this deployment's key, the auditor names the one they trust. */
function configuredPublicKey(): { publicKeyPem: string; keyId: string } {
  const setting = loadConfig().ledgerSigningKey;
  try {
    return loadLedgerSigningKey(setting && { ...setting, createIfMissing: false });
  } catch (error) {
    throw new UsageError(
      `${error instanceof Error ? error.message : String(error)}; pass the signer's public key with --public-key <file>`,
    );
  }
}

async function oneOrganization(db: Db, slug: string | undefined): Promise<Org> {
  const orgs = await (
    slug
      ? db.selectFrom('organizations').select(['id', 'slug']).where('slug', '=', slug)
      : db.selectFrom('organizations').select(['id', 'slug'])
  )
    .limit(2)
    .execute();
  if (orgs.length === 0)
    throw AppError.notFound(slug ? `Organization "${slug}"` : 'An organization');
  if (orgs.length > 1) throw new UsageError('Name the organization with --org <slug>');
  return orgs[0]!;
}
