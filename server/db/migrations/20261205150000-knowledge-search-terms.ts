import { sql, type Kysely } from 'kysely';

/**
 * Choosing a search's candidates evaluates `@@` row by row until 200 match. On `search_vector`
 * (weights and positions, ~1.6 kB compressed, kept out of line in TOAST) that detoasted every row
 * looked at: one common word over 100,000 articles read ~15,000 buffers and took 55 ms. The same
 * lexemes stripped of positions and weights, computed by PostgreSQL and kept in the row
 * (STORAGE MAIN: the toaster moves the article's text out first), are enough to say whether an
 * article matches: that search now takes 11 ms, and only the 200 chosen vectors are detoasted for
 * ranking (docs/PERFORMANCE.md). Phrases ("…" in websearch syntax) still check positions on
 * `search_vector`. The GIN index moves to the new column, which the filter now reads.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table knowledge_articles add column search_terms tsvector generated always as (strip(search_vector)) stored`.execute(
    db,
  );
  await sql`alter table knowledge_articles alter column search_terms set storage main`.execute(db);
  // The storage applies to values written from now on: rewrite the rows there are.
  await sql`update knowledge_articles set search_vector = search_vector`.execute(db);
  await sql`drop index knowledge_articles_search_idx`.execute(db);
  await sql`create index knowledge_articles_search_terms_idx on knowledge_articles using gin (search_terms)`.execute(
    db,
  );
  // Until the new column has statistics a search's plan was 20× slower (measured at 100,000):
  // give it them now rather than whenever autovacuum comes by.
  await sql`analyze knowledge_articles`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index knowledge_articles_search_terms_idx`.execute(db);
  await sql`alter table knowledge_articles drop column search_terms`.execute(db);
  await sql`create index knowledge_articles_search_idx on knowledge_articles using gin (search_vector)`.execute(
    db,
  );
}
