import { sql, type Kysely } from 'kysely';

/**
 * The signed checkpoints the deployment has issued, so their history is visible to admins. The
 * auditor's own copy is what proves anything (whoever can rewrite the ledger can delete rows here too);
 * this is the record of what was handed out, append-only like the ledger.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ledger_checkpoints')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('tree_size', 'bigint', (c) => c.notNull())
    .addColumn('root_hash', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    // Who asked for it: a person through the API, or nobody (the CLI, run by whoever holds the server).
    .addColumn('issued_by', 'uuid', (c) => c.references('people.id'))
    .execute();
  await db.schema
    .createIndex('ledger_checkpoints_org_issued_idx')
    .on('ledger_checkpoints')
    .columns(['organization_id', 'issued_at'])
    .execute();
  await sql`create trigger ledger_checkpoints_no_update before update or delete on ledger_checkpoints for each row execute function ledger_entries_append_only()`.execute(
    db,
  );
  await sql`create trigger ledger_checkpoints_no_truncate before truncate on ledger_checkpoints for each statement execute function ledger_entries_append_only()`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger ledger_checkpoints_no_truncate on ledger_checkpoints`.execute(db);
  await sql`drop trigger ledger_checkpoints_no_update on ledger_checkpoints`.execute(db);
  await db.schema.dropTable('ledger_checkpoints').execute();
}
