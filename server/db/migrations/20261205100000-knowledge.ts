import { sql, type Kysely } from 'kysely';

/**
 * The knowledge base (issue 13, server/modules/knowledge): KCS licences, articles with immutable
 * versions, flags, contact ↔ article links, the search log and what search learns from links, the
 * content standard and its reviews. Every table carries its organization, and every query is scoped
 * by it. pg_trgm gives typo-tolerant title matching on both engines (PGlite loads it as contrib).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await createLicences(db);
  await createArticles(db);
  await createFlagsAndLinks(db);
  await createSearchTables(db);
  await createStandard(db);
}

const organization = sql`organization_id uuid not null references organizations (id) on delete cascade`;

async function createLicences(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table knowledge_licences (
      person_id uuid primary key references people (id) on delete cascade,
      ${organization},
      licence text not null check (licence in ('candidate', 'contributor', 'publisher', 'coach')),
      granted_by uuid references people (id) on delete set null,
      granted_at timestamptz not null
    )`.execute(db);
  await sql`create index knowledge_licences_org_idx on knowledge_licences (organization_id)`.execute(
    db,
  );
}

async function createArticles(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table knowledge_articles (
      id uuid primary key default gen_random_uuid(),
      ${organization},
      title text not null,
      problem text not null,
      context text not null default '',
      resolution text not null,
      cause text,
      visibility text not null check (visibility in ('internal', 'external')),
      state text not null check (state in ('draft', 'not_validated', 'validated', 'archived')),
      type_keys text[] not null default '{}',
      tags text[] not null default '{}',
      owner_id uuid references people (id) on delete set null,
      version integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      reuse_count integer not null default 0,
      last_reused_at timestamptz,
      search_vector tsvector not null default ''::tsvector
    )`.execute(db);
  await sql`create index knowledge_articles_search_idx on knowledge_articles using gin (search_vector)`.execute(
    db,
  );
  await sql`create index knowledge_articles_title_trgm_idx on knowledge_articles using gin (title gin_trgm_ops)`.execute(
    db,
  );
  await sql`create index knowledge_articles_state_idx on knowledge_articles (organization_id, state, updated_at desc)`.execute(
    db,
  );
  await sql`create index knowledge_articles_types_idx on knowledge_articles using gin (type_keys)`.execute(
    db,
  );
  await sql`
    create table knowledge_article_versions (
      article_id uuid not null references knowledge_articles (id) on delete cascade,
      version integer not null,
      ${organization},
      title text not null,
      problem text not null,
      context text not null,
      resolution text not null,
      cause text,
      visibility text not null,
      state text not null,
      type_keys text[] not null,
      tags text[] not null,
      author_id uuid references people (id) on delete set null,
      created_at timestamptz not null,
      primary key (article_id, version)
    )`.execute(db);
}

async function createFlagsAndLinks(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table knowledge_flags (
      id uuid primary key default gen_random_uuid(),
      ${organization},
      article_id uuid not null references knowledge_articles (id) on delete cascade,
      source text not null check (source in ('person', 'policy_change', 'denied_resolution')),
      raised_by uuid references people (id) on delete set null,
      comment text not null,
      policy_version integer,
      resolution_id uuid references resolutions (id) on delete set null,
      created_at timestamptz not null,
      resolved_at timestamptz,
      resolved_by uuid references people (id) on delete set null,
      resolution_note text
    )`.execute(db);
  await sql`create index knowledge_flags_open_idx on knowledge_flags (organization_id, article_id) where resolved_at is null`.execute(
    db,
  );
  // A denied resolution hints at an article at most once a day (UTC), whoever races to raise it.
  await sql`
    create unique index knowledge_flags_denied_daily_idx
      on knowledge_flags (article_id, ((created_at at time zone 'UTC')::date))
      where source = 'denied_resolution'`.execute(db);
  await sql`
    create table knowledge_links (
      id uuid primary key default gen_random_uuid(),
      ${organization},
      contact_id uuid not null references contacts (id) on delete cascade,
      article_id uuid not null references knowledge_articles (id) on delete cascade,
      kind text not null check (kind in ('reused', 'created', 'flagged')),
      query text,
      linked_by uuid references people (id) on delete set null,
      created_at timestamptz not null,
      unique (contact_id, article_id, kind)
    )`.execute(db);
  await sql`create index knowledge_links_article_idx on knowledge_links (organization_id, article_id)`.execute(
    db,
  );
  await sql`create index knowledge_links_created_idx on knowledge_links (organization_id, created_at)`.execute(
    db,
  );
}

async function createSearchTables(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table knowledge_searches (
      id bigserial primary key,
      ${organization},
      person_id uuid references people (id) on delete set null,
      contact_id uuid references contacts (id) on delete set null,
      query text not null,
      result_count integer not null,
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index knowledge_searches_created_idx on knowledge_searches (organization_id, created_at)`.execute(
    db,
  );
  await sql`
    create table knowledge_learned_terms (
      ${organization},
      article_id uuid not null references knowledge_articles (id) on delete cascade,
      term text not null,
      hits integer not null default 1,
      primary key (organization_id, term, article_id)
    )`.execute(db);
}

async function createStandard(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table knowledge_standard_criteria (
      id uuid primary key default gen_random_uuid(),
      ${organization},
      position integer not null,
      label text not null,
      description text not null default '',
      active boolean not null default true
    )`.execute(db);
  await sql`create index knowledge_standard_criteria_org_idx on knowledge_standard_criteria (organization_id, position)`.execute(
    db,
  );
  await sql`
    create table knowledge_quality_reviews (
      id uuid primary key default gen_random_uuid(),
      ${organization},
      article_id uuid not null references knowledge_articles (id) on delete cascade,
      article_version integer not null,
      coach_id uuid references people (id) on delete set null,
      author_id uuid references people (id) on delete set null,
      met_criteria uuid[] not null default '{}',
      total_criteria integer not null,
      score integer not null check (score between 0 and 100),
      comment text not null default '',
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index knowledge_quality_reviews_article_idx on knowledge_quality_reviews (organization_id, article_id, created_at)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'knowledge_quality_reviews',
    'knowledge_standard_criteria',
    'knowledge_learned_terms',
    'knowledge_searches',
    'knowledge_links',
    'knowledge_flags',
    'knowledge_article_versions',
    'knowledge_articles',
    'knowledge_licences',
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
}
