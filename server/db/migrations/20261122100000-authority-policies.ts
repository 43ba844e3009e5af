import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('authority_policies')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'published')`))
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'uuid', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('published_by', 'uuid', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('published_at', 'timestamptz')
    .addUniqueConstraint('authority_policies_org_version', ['organization_id', 'version'])
    .execute();
  // At most one draft per organization.
  await sql`create unique index authority_policies_one_draft on authority_policies (organization_id) where status = 'draft'`.execute(
    db,
  );
  // A published version is evidence: decisions cite it. The database itself refuses to change or remove it.
  await sql`
    create function authority_policies_immutable() returns trigger language plpgsql as $$
    begin
      if old.status = 'published' then
        raise exception 'published authority policy version % is immutable', old.version using errcode = 'check_violation';
      end if;
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger authority_policies_immutable before update or delete on authority_policies for each row execute function authority_policies_immutable()`.execute(
    db,
  );

  await db.schema
    .alterTable('people')
    .addColumn('certifications', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
  await db.schema
    .alterTable('organizations')
    .addColumn('approval_timeout_seconds', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(90)
        .check(sql`approval_timeout_seconds between 10 and 3600`),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('organizations').dropColumn('approval_timeout_seconds').execute();
  await db.schema.alterTable('people').dropColumn('certifications').execute();
  await db.schema.dropTable('authority_policies').execute();
  await sql`drop function authority_policies_immutable()`.execute(db);
}
