import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('contacts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('customer_id', 'uuid', (c) => c.references('customers.id').onDelete('cascade'))
    .addColumn('opened_by', 'uuid', (c) => c.notNull().references('people.id'))
    .addColumn('channel', 'text', (c) =>
      c.notNull().check(sql`channel in ('call', 'chat', 'email', 'in_person')`),
    )
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(sql`status in ('open', 'closed')`),
    )
    .addColumn('phone', 'text')
    .addColumn('external_call_id', 'text')
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('opened_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('closed_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('contacts_customer_idx')
    .on('contacts')
    .columns(['customer_id', 'opened_at'])
    .execute();
  await db.schema
    .createIndex('contacts_opened_by_idx')
    .on('contacts')
    .columns(['opened_by', 'status'])
    .execute();
  await sql`create unique index contacts_org_call_unique on contacts (organization_id, external_call_id) where external_call_id is not null`.execute(
    db,
  );

  await db.schema
    .createTable('resolutions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('contact_id', 'uuid', (c) =>
      c.notNull().references('contacts.id').onDelete('cascade'),
    )
    .addColumn('customer_id', 'uuid', (c) =>
      c.notNull().references('customers.id').onDelete('cascade'),
    )
    .addColumn('requested_by', 'uuid', (c) => c.notNull().references('people.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull().check(sql`amount_minor >= 0`))
    .addColumn('currency', 'char(3)', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('granted', 'pending_approval', 'denied', 'cancelled')`),
    )
    /** What was finally granted: the amount, or less when an approver reduced it. */
    .addColumn('granted_amount_minor', 'bigint', (c) => c.check(sql`granted_amount_minor >= 0`))
    /** True when the rep decided alone (it then counts against their own budgets). */
    .addColumn('within_authority', 'boolean', (c) => c.notNull())
    .addColumn('policy_version', 'integer', (c) => c.notNull())
    .addColumn('decision', 'jsonb', (c) => c.notNull())
    .addColumn('decided_by', 'uuid', (c) => c.references('people.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('decided_at', 'timestamptz')
    .addUniqueConstraint('resolutions_idempotency', [
      'organization_id',
      'requested_by',
      'idempotency_key',
    ])
    .execute();
  // The usage the engine needs: a rep's own grants by day and month, a customer's by window, a contact's total.
  await db.schema
    .createIndex('resolutions_requester_idx')
    .on('resolutions')
    .columns(['requested_by', 'type', 'created_at'])
    .execute();
  await db.schema
    .createIndex('resolutions_customer_idx')
    .on('resolutions')
    .columns(['customer_id', 'type', 'created_at'])
    .execute();
  await db.schema
    .createIndex('resolutions_contact_idx')
    .on('resolutions')
    .column('contact_id')
    .execute();

  await db.schema
    .createTable('approvals')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('resolution_id', 'uuid', (c) =>
      c.notNull().unique().references('resolutions.id').onDelete('cascade'),
    )
    .addColumn('requested_by', 'uuid', (c) => c.notNull().references('people.id'))
    /** The level whose members may decide now; escalation moves it up. */
    .addColumn('level_key', 'text', (c) => c.notNull())
    .addColumn('level_rank', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('pending', 'approved', 'reduced', 'denied', 'cancelled')`),
    )
    .addColumn('claimed_by', 'uuid', (c) => c.references('people.id'))
    .addColumn('decided_by', 'uuid', (c) => c.references('people.id'))
    .addColumn('decided_amount_minor', 'bigint')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('escalations', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    /** When it escalates if nobody has answered; null at the top level. */
    .addColumn('escalates_at', 'timestamptz')
    .addColumn('decided_at', 'timestamptz')
    .execute();
  await sql`create index approvals_pending_idx on approvals (organization_id, level_rank) where status = 'pending'`.execute(
    db,
  );
  await sql`create index approvals_escalation_idx on approvals (escalates_at) where status = 'pending'`.execute(
    db,
  );

  await db.schema
    .createTable('approval_recipients')
    .addColumn('approval_id', 'uuid', (c) =>
      c.notNull().references('approvals.id').onDelete('cascade'),
    )
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('people.id').onDelete('cascade'))
    /** Why they were asked: in the requester's chain, available at the level, or standing in as a delegate. */
    .addColumn('route', 'text', (c) =>
      c.notNull().check(sql`route in ('chain', 'available', 'delegate')`),
    )
    .addColumn('level_rank', 'integer', (c) => c.notNull())
    .addColumn('notified_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('approval_recipients_pk', ['approval_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('approval_recipients_person_idx')
    .on('approval_recipients')
    .column('person_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['approval_recipients', 'approvals', 'resolutions', 'contacts'])
    await db.schema.dropTable(table).execute();
}
