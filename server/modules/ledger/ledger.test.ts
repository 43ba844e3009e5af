import { generateKeyPairSync, randomUUID } from 'node:crypto';
import fs from 'node:fs';

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { signedCheckpointSchema } from '../../../domain/ledger/checkpoint.ts';
import {
  fromHex,
  leafHash,
  merkleTreeHash,
  toHex,
  verifyInclusion,
} from '../../../domain/ledger/merkle.ts';
import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { verifyLedgerCheckpoint } from './queries/verify-ledger-checkpoint.ts';
import { checkpointSignatureValid, keyIdOf, loadLedgerSigningKey } from './signing-key.ts';

/**
 * What someone with raw database access can do to the ledger (a superuser may switch the append-only
 * triggers off), and what verify answers. Each test gets its own organization, so its chain is its own.
 */
describe('ledger verification', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** An organization whose ledger has entries appended the way users append them: resolutions over HTTP. */
  async function organizationWithLedger(
    slug: string,
    resolutions = 5,
  ): Promise<{ org: FixtureOrganization; admin: TestClient; agent: TestClient }> {
    const org = await createFixtureOrganization(t.ctx.db, slug);
    const agent = await signIn(t.app, org.people.agent.email);
    const admin = await signIn(t.app, org.people.admin.email);
    await appendResolutions(agent, org, resolutions);
    return { org, admin, agent };
  }

  async function appendResolutions(
    agent: TestClient,
    org: FixtureOrganization,
    count: number,
  ): Promise<Array<{ ledgerSeq: number; ledgerHash: string }>> {
    const contact = await agent.post('/api/contacts', {
      customerId: org.customerId,
      channel: 'call',
      reason: 'Damaged jacket',
    });
    expect(contact.statusCode).toBe(201);
    const receipts = [];
    for (let i = 0; i < count; i++) {
      const response = await agent.post(`/api/contacts/${contact.json().contact.id}/resolutions`, {
        type: 'refund',
        amount: 10_00,
        currency: 'USD',
        reason: 'Arrived damaged',
        idempotencyKey: randomUUID(),
      });
      expect(response.statusCode).toBe(201);
      receipts.push(response.json().resolution.receipt);
    }
    return receipts;
  }

  /** What an attacker with superuser access does: switch the append-only trigger off, write, switch it back on. */
  async function withoutAppendOnly(work: () => Promise<unknown>): Promise<void> {
    await sql`alter table ledger_entries disable trigger ledger_entries_no_update`.execute(
      t.ctx.db,
    );
    try {
      await work();
    } finally {
      await sql`alter table ledger_entries enable trigger ledger_entries_no_update`.execute(
        t.ctx.db,
      );
    }
  }

  const headOf = (organizationId: string) =>
    t.ctx.db
      .selectFrom('ledgerHeads')
      .selectAll()
      .where('organizationId', '=', organizationId)
      .executeTakeFirstOrThrow();

  it('finds the last five entries missing, naming the first missing sequence number', async () => {
    const { org, admin } = await organizationWithLedger('truncated');
    const head = await headOf(org.id);
    expect(head.seq).toBeGreaterThan(5);
    expect((await admin.get('/api/ledger/verify')).json()).toMatchObject({
      ok: true,
      entries: head.seq,
    });

    await withoutAppendOnly(() =>
      sql`delete from ledger_entries where organization_id = ${org.id} and seq > ${head.seq - 5}`.execute(
        t.ctx.db,
      ),
    );

    const verified = (await admin.get('/api/ledger/verify')).json();
    expect(verified).toMatchObject({
      ok: false,
      entries: head.seq - 5,
      firstBrokenSeq: head.seq - 4,
    });
    expect(verified.problem).toContain(`the head records ${head.seq}`);
  });

  it('names the missing sequence number of a gap, and of an entry whose content was changed', async () => {
    const { org, admin } = await organizationWithLedger('gapped');
    await withoutAppendOnly(() =>
      sql`delete from ledger_entries where organization_id = ${org.id} and seq = 3`.execute(
        t.ctx.db,
      ),
    );
    expect((await admin.get('/api/ledger/verify')).json()).toMatchObject({
      ok: false,
      entries: 2,
      firstBrokenSeq: 3,
    });

    const { org: edited, admin: editedAdmin } = await organizationWithLedger('edited');
    await withoutAppendOnly(() =>
      sql`update ledger_entries set data = '{"amountMinor":1}' where organization_id = ${edited.id} and seq = 4`.execute(
        t.ctx.db,
      ),
    );
    expect((await editedAdmin.get('/api/ledger/verify')).json()).toMatchObject({
      ok: false,
      entries: 3,
      firstBrokenSeq: 4,
      problem: expect.stringContaining('content'),
    });
  });

  const entryHashes = async (organizationId: string) =>
    (
      await t.ctx.db
        .selectFrom('ledgerEntries')
        .select('hash')
        .where('organizationId', '=', organizationId)
        .orderBy('seq')
        .execute()
    ).map((e) => fromHex(e.hash));

  it('signs a checkpoint of the whole tree with the key kept outside the database', async () => {
    const { org, admin, agent } = await organizationWithLedger('checkpointed');
    const response = await admin.get('/api/ledger/checkpoint');
    expect(response.statusCode, response.body).toBe(200);
    const checkpoint = response.json();
    const key = loadLedgerSigningKey(t.ctx.config.ledgerSigningKey);
    expect(checkpoint).toMatchObject({
      format: 'leeway-ledger-checkpoint/1',
      organizationId: org.id,
      organizationSlug: 'checkpointed',
      treeSize: (await headOf(org.id)).seq,
      rootHash: toHex(merkleTreeHash(await entryHashes(org.id))),
      issuedAt: t.clock.now().toISOString(),
      keyId: key.keyId,
      publicKey: key.publicKeyPem,
    });
    expect(checkpointSignatureValid(key.publicKeyPem, checkpoint, checkpoint.signature)).toBe(true);
    expect(fs.statSync(t.ctx.config.ledgerSigningKey!.file).mode & 0o777).toBe(0o600);
    expect((await agent.get('/api/ledger/checkpoint')).statusCode).toBe(403);

    // Its issue is on record, append-only like the ledger.
    const history = (await admin.get('/api/ledger/checkpoints')).json();
    expect(history.checkpoints).toEqual([
      {
        treeSize: checkpoint.treeSize,
        rootHash: checkpoint.rootHash,
        issuedAt: checkpoint.issuedAt,
        keyId: key.keyId,
        signature: checkpoint.signature,
        issuedBy: { id: org.people.admin.id, name: expect.any(String) },
      },
    ]);
    await expect(
      sql`delete from ledger_checkpoints where organization_id = ${org.id}`.execute(t.ctx.db),
    ).rejects.toThrow(/append-only/);
  });

  it("proves a receipt's entry is in the ledger with an O(log n) path to a signed root", async () => {
    const { org, admin, agent } = await organizationWithLedger('proved', 3);
    const [receipt] = await appendResolutions(agent, org, 1);
    await appendResolutions(agent, org, 4);
    const response = await admin.get(`/api/ledger/entries/${receipt!.ledgerSeq}/proof`);
    expect(response.statusCode, response.body).toBe(200);
    const proof = response.json();
    const size = (await headOf(org.id)).seq;
    expect(proof).toMatchObject({
      seq: receipt!.ledgerSeq,
      leafIndex: receipt!.ledgerSeq - 1,
      entryHash: receipt!.ledgerHash,
      treeSize: size,
    });
    expect(proof.auditPath.length).toBeLessThanOrEqual(Math.ceil(Math.log2(size)));
    expect(
      verifyInclusion({
        leafHash: leafHash(fromHex(proof.entryHash)),
        index: proof.leafIndex,
        size: proof.treeSize,
        path: proof.auditPath.map(fromHex),
        root: fromHex(proof.rootHash),
      }),
    ).toBe(true);
    expect(proof.checkpoint).toMatchObject({
      organizationId: org.id,
      treeSize: size,
      rootHash: proof.rootHash,
    });
    expect(
      checkpointSignatureValid(
        loadLedgerSigningKey(t.ctx.config.ledgerSigningKey).publicKeyPem,
        proof.checkpoint,
        proof.checkpoint.signature,
      ),
    ).toBe(true);

    expect((await admin.get(`/api/ledger/entries/${size + 1}/proof`)).statusCode).toBe(404);
    const bad = await admin.get('/api/ledger/entries/first/proof');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('seq');
    expect((await agent.get(`/api/ledger/entries/${receipt!.ledgerSeq}/proof`)).statusCode).toBe(
      403,
    );
  });

  it('checks a checkpoint: the ledger grew, was truncated, was rewritten, or the key is not the trusted one', async () => {
    const { org, admin, agent } = await organizationWithLedger('audited', 6);
    const checkpoint = signedCheckpointSchema.parse(
      (await admin.get('/api/ledger/checkpoint')).json(),
    );
    const trustedKey = loadLedgerSigningKey(t.ctx.config.ledgerSigningKey);
    await appendResolutions(agent, org, 2);
    const head = await headOf(org.id);
    expect(await verifyLedgerCheckpoint({ db: t.ctx.db, checkpoint, trustedKey })).toMatchObject({
      ok: true,
      fromSize: checkpoint.treeSize,
      toSize: head.seq,
    });

    const other = generateKeyPairSync('ed25519').publicKey;
    const pinnedElsewhere = {
      publicKeyPem: other.export({ type: 'spki', format: 'pem' }).toString(),
      keyId: keyIdOf(other),
    };
    expect(
      await verifyLedgerCheckpoint({ db: t.ctx.db, checkpoint, trustedKey: pinnedElsewhere }),
    ).toMatchObject({ ok: false, problem: expect.stringContaining('not the trusted key') });

    // The attacker deletes the tail and moves the head back to match: the chain alone would verify,
    // but not against the checkpoint issued past the cut.
    const keep = checkpoint.treeSize - 3;
    const kept = await t.ctx.db
      .selectFrom('ledgerEntries')
      .select('hash')
      .where('organizationId', '=', org.id)
      .where('seq', '=', keep)
      .executeTakeFirstOrThrow();
    await withoutAppendOnly(() =>
      sql`delete from ledger_entries where organization_id = ${org.id} and seq > ${keep}`.execute(
        t.ctx.db,
      ),
    );
    await t.ctx.db
      .updateTable('ledgerHeads')
      .set({ seq: keep, hash: kept.hash })
      .where('organizationId', '=', org.id)
      .execute();
    expect((await admin.get('/api/ledger/verify')).json()).toEqual({
      ok: false,
      entries: keep,
      headSeq: keep,
      firstBrokenSeq: keep + 1,
      problem: `the head records ${keep} entries, the checkpoint of ${checkpoint.issuedAt} recorded ${checkpoint.treeSize}: the ledger was truncated`,
    });
    expect(await verifyLedgerCheckpoint({ db: t.ctx.db, checkpoint, trustedKey })).toEqual({
      ok: false,
      problem: `the ledger was truncated: its head records ${keep} entries, the checkpoint of ${checkpoint.issuedAt} recorded ${checkpoint.treeSize}`,
    });
    // Nor is the cut state signed afresh, which would hide it from the next auditor.
    const resign = await admin.get('/api/ledger/checkpoint');
    expect(resign.statusCode).toBe(409);
    expect(resign.json().error.message).toContain('the ledger was truncated');
    // ... and regrows it past the checkpoint with new decisions.
    await appendResolutions(agent, org, 3);
    expect((await admin.get('/api/ledger/verify')).json()).toMatchObject({
      ok: false,
      problem: `the first ${checkpoint.treeSize} entries are not the ones the checkpoint of ${checkpoint.issuedAt} signed: the ledger was rewritten`,
    });
    // ... and deletes the record of checkpoints too: the chain verifies; the auditor's copy still does not.
    await sql`alter table ledger_checkpoints disable trigger ledger_checkpoints_no_update`.execute(
      t.ctx.db,
    );
    await sql`delete from ledger_checkpoints where organization_id = ${org.id}`.execute(t.ctx.db);
    await sql`alter table ledger_checkpoints enable trigger ledger_checkpoints_no_update`.execute(
      t.ctx.db,
    );
    expect((await admin.get('/api/ledger/verify')).json()).toMatchObject({
      ok: true,
      entries: (await headOf(org.id)).seq,
    });
    expect(await verifyLedgerCheckpoint({ db: t.ctx.db, checkpoint, trustedKey })).toMatchObject({
      ok: false,
      problem: expect.stringContaining('the ledger was rewritten'),
    });
  });

  it('signs no checkpoint and gives no proof for a ledger missing entries below its head', async () => {
    const { org, admin } = await organizationWithLedger('holed');
    await withoutAppendOnly(() =>
      sql`delete from ledger_entries where organization_id = ${org.id} and seq = 2`.execute(
        t.ctx.db,
      ),
    );
    const checkpoint = await admin.get('/api/ledger/checkpoint');
    expect(checkpoint.statusCode).toBe(409);
    expect(checkpoint.json().error.message).toContain('broken at seq 2');
    expect((await admin.get('/api/ledger/entries/1/proof')).statusCode).toBe(409);
  });
});

describe('ledger checkpoints without a signing key', () => {
  it('answer 503 naming the variable to set, as on PostgreSQL with LEDGER_SIGNING_KEY_FILE unset', async () => {
    const t = await createTestApp({ config: { ledgerSigningKey: undefined } });
    try {
      const org = await createFixtureOrganization(t.ctx.db, 'keyless');
      const admin = await signIn(t.app, org.people.admin.email);
      const response = await admin.get('/api/ledger/checkpoint');
      expect(response.statusCode).toBe(503);
      expect(response.json().error.message).toContain('LEDGER_SIGNING_KEY_FILE');
      expect((await admin.get('/api/ledger/verify')).json()).toMatchObject({ ok: true });
    } finally {
      await t.close();
    }
  });
});
