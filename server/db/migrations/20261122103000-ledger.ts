import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Every step of every decision, each entry carrying the hash of the one before it (per organization).
  await db.schema
    .createTable('ledger_entries')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'uuid')
    .addColumn('resolution_id', 'uuid')
    .addColumn('approval_id', 'uuid')
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addUniqueConstraint('ledger_entries_org_seq', ['organization_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('ledger_entries_resolution_idx')
    .on('ledger_entries')
    .column('resolution_id')
    .execute();
  // Append-only, enforced by the database itself, whoever connects.
  await sql`
    create function ledger_entries_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'the ledger is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
    end $$`.execute(db);
  await sql`create trigger ledger_entries_no_update before update or delete on ledger_entries for each row execute function ledger_entries_append_only()`.execute(
    db,
  );
  await sql`create trigger ledger_entries_no_truncate before truncate on ledger_entries for each statement execute function ledger_entries_append_only()`.execute(
    db,
  );

  // The chain's head per organization: appending locks this row, which orders entries without gaps.
  await db.schema
    .createTable('ledger_heads')
    .addColumn('organization_id', 'uuid', (c) =>
      c.primaryKey().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ledger_heads').execute();
  await sql`drop trigger ledger_entries_no_truncate on ledger_entries`.execute(db);
  await sql`drop trigger ledger_entries_no_update on ledger_entries`.execute(db);
  await db.schema.dropTable('ledger_entries').execute();
  await sql`drop function ledger_entries_append_only()`.execute(db);
}
