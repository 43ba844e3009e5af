import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The outbox of live updates: written in the same transaction as the change it reports, read by
  // every instance after NOTIFY, and replayed to a reconnecting browser from its Last-Event-ID.
  await db.schema
    .createTable('events')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('recipient_id', 'uuid', (c) =>
      c.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('data', 'jsonb', (c) => c.notNull())
    // clock_timestamp, not now(): the moment the row is written, which is what delivery latency is measured from.
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .execute();
  await db.schema
    .createIndex('events_recipient_idx')
    .on('events')
    .columns(['recipient_id', 'id'])
    .execute();

  await db.schema
    .createTable('person_presence')
    .addColumn('person_id', 'uuid', (c) =>
      c.primaryKey().references('people.id').onDelete('cascade'),
    )
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    /** A live event stream refreshes this; past it, the person is not connected. */
    .addColumn('connected_until', 'timestamptz')
    .addColumn('available', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('away_until', 'timestamptz')
    .addColumn('delegate_id', 'uuid', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('person_presence').execute();
  await db.schema.dropTable('events').execute();
}
