import { sql, type Kysely } from 'kysely';

/**
 * Search's own vocabulary (server/modules/knowledge/search): each organization's lexemes with the
 * number of articles holding them, kept by statement-level triggers from the articles' search
 * vectors. Typo correction looks words up here by trigram (a small table, not the articles), and
 * ranking reads the counts as inverse document frequency. Per statement, with transition tables, so
 * a bulk insert upserts each lexeme once rather than once per article.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table knowledge_lexemes (
      organization_id uuid not null references organizations (id) on delete cascade,
      lexeme text not null,
      articles integer not null,
      primary key (organization_id, lexeme)
    )`.execute(db);
  await sql`create index knowledge_lexemes_trgm_idx on knowledge_lexemes using gin (lexeme gin_trgm_ops)`.execute(
    db,
  );
  await sql`
    create table knowledge_search_totals (
      organization_id uuid primary key references organizations (id) on delete cascade,
      articles integer not null
    )`.execute(db);
  for (const [event, transitions, changes] of [
    ['insert', 'new table as new_rows', plus],
    ['update', 'old table as old_rows new table as new_rows', `${minus} union all ${plus}`],
    ['delete', 'old table as old_rows', minus],
  ] as const) {
    await sql.raw(syncFunction(event, changes)).execute(db);
    await sql
      .raw(
        `create trigger knowledge_lexemes_${event} after ${event} on knowledge_articles
         referencing ${transitions} for each statement execute function knowledge_lexemes_${event}()`,
      )
      .execute(db);
  }
}

// What left (old rows) counts -1 per article, what came +1; the empty lexeme counts the articles. An
// update that did not change a vector nets to zero and writes nothing. A lexeme no article holds any
// more keeps its row at zero (readers skip it): deleting it here would race a concurrent save.
const minus = `select organization_id, unnest(tsvector_to_array(search_vector) || '{""}') as lexeme, -1 as delta from old_rows`;
const plus = `select organization_id, unnest(tsvector_to_array(search_vector) || '{""}') as lexeme, 1 as delta from new_rows`;

const syncFunction = (event: string, changes: string) => `
create function knowledge_lexemes_${event}() returns trigger language plpgsql as $fn$
begin
  with changes as (
    select organization_id, lexeme, sum(delta)::integer as delta from (${changes}) c
    group by organization_id, lexeme having sum(delta) <> 0
  ), totals as (
    insert into knowledge_search_totals as t (organization_id, articles)
      select organization_id, delta from changes where lexeme = ''
      on conflict (organization_id) do update set articles = t.articles + excluded.articles
  )
  insert into knowledge_lexemes as l (organization_id, lexeme, articles)
    select organization_id, lexeme, delta from changes where lexeme <> ''
    order by organization_id, lexeme
    on conflict (organization_id, lexeme) do update set articles = l.articles + excluded.articles;
  return null;
end
$fn$`;

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const event of ['insert', 'update', 'delete']) {
    await sql.raw(`drop trigger knowledge_lexemes_${event} on knowledge_articles`).execute(db);
  }
  for (const event of ['insert', 'update', 'delete']) {
    await sql.raw(`drop function knowledge_lexemes_${event}()`).execute(db);
  }
  await sql`drop table knowledge_search_totals`.execute(db);
  await sql`drop table knowledge_lexemes`.execute(db);
}
