import { sql, type Kysely } from 'kysely';

/**
 * Search ranks in the app's memory (server/modules/knowledge/search/memory-index): each instance
 * keeps an organization's articles as postings and must see every save, also one made through
 * another instance. Each save of what search reads takes the next number of the organization's
 * `version` (kept in its `knowledge_search_totals` row) into the article's `search_version`. The
 * increment locks that row until the saving transaction ends, so numbers commit in order: an
 * instance that has read up to N catches up with `search_version > N` and misses nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table knowledge_search_totals add column version bigint not null default 0`.execute(
    db,
  );
  await sql`alter table knowledge_articles add column search_version bigint not null default 0`.execute(
    db,
  );
  await sql`
    update knowledge_articles a set search_version = n.v
    from (select id, row_number() over (partition by organization_id order by created_at, id) as v
      from knowledge_articles) n
    where n.id = a.id`.execute(db);
  await sql`
    insert into knowledge_search_totals as t (organization_id, articles, version)
    select organization_id, 0, max(search_version) from knowledge_articles group by organization_id
    on conflict (organization_id) do update set version = excluded.version`.execute(db);
  await sql`create index knowledge_articles_search_version_idx on knowledge_articles (organization_id, search_version)`.execute(
    db,
  );
  await sql`
    create function knowledge_articles_search_version() returns trigger language plpgsql as $fn$
    begin
      insert into knowledge_search_totals as t (organization_id, articles, version)
        values (new.organization_id, 0, 1)
        on conflict (organization_id) do update set version = t.version + 1
        returning t.version into new.search_version;
      return new;
    end
    $fn$`.execute(db);
  await sql`
    create trigger knowledge_articles_search_version_insert before insert on knowledge_articles
    for each row execute function knowledge_articles_search_version()`.execute(db);
  // A link's reuse count or a view changes nothing search keeps: no new number, no lock.
  await sql`
    create trigger knowledge_articles_search_version_update before update on knowledge_articles
    for each row when (old.search_vector is distinct from new.search_vector
      or old.state is distinct from new.state or old.visibility is distinct from new.visibility
      or old.owner_id is distinct from new.owner_id or old.type_keys is distinct from new.type_keys
      or old.tags is distinct from new.tags)
    execute function knowledge_articles_search_version()`.execute(db);
  await sql`analyze knowledge_articles`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger knowledge_articles_search_version_update on knowledge_articles`.execute(
    db,
  );
  await sql`drop trigger knowledge_articles_search_version_insert on knowledge_articles`.execute(
    db,
  );
  await sql`drop function knowledge_articles_search_version()`.execute(db);
  await sql`drop index knowledge_articles_search_version_idx`.execute(db);
  await sql`alter table knowledge_articles drop column search_version`.execute(db);
  await sql`alter table knowledge_search_totals drop column version`.execute(db);
}
