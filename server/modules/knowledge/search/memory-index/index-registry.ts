import { sql } from 'kysely';

import type { Db } from '../../../../db/database.ts';
import { OrgIndex, type IndexedArticle } from './org-index.ts';
import type { SearchStatus } from './search-status.ts';

/** Articles read per round trip while an index loads or catches up. */
const BATCH = 2000;

type Entry = { index: OrgIndex; queue: Promise<unknown> };
/** Per database (a test process holds several), per organization. */
const registries = new WeakMap<Db, Map<string, Entry>>();

/**
 * The organization's index, caught up to at least the status a search just read: articles saved
 * since the index last looked (by this instance or any other) are read and put; one loader at a
 * time per organization, so concurrent searches wait for the same catch-up rather than repeat it.
 * If the index holds more articles than the organization has and nothing was saved since (an
 * article was deleted, which search's triggers do not number), it is read again from scratch.
 */
export function caughtUpIndex(
  db: Db,
  organizationId: string,
  status: SearchStatus,
): Promise<OrgIndex> {
  let registry = registries.get(db);
  if (!registry) {
    registry = new Map();
    registries.set(db, registry);
  }
  let entry = registry.get(organizationId);
  if (!entry) {
    entry = { index: new OrgIndex(), queue: Promise.resolve() };
    registry.set(organizationId, entry);
  }
  const current = entry;
  if (isCurrent(current.index, status)) return Promise.resolve(current.index);
  const done = current.queue.then(async () => {
    if (isCurrent(current.index, status)) return current.index;
    await catchUp(db, organizationId, current.index);
    if (current.index.version <= status.version && current.index.articleCount > status.articles) {
      const fresh = new OrgIndex();
      await catchUp(db, organizationId, fresh);
      current.index = fresh;
    }
    return current.index;
  });
  current.queue = done.catch(() => undefined);
  return done;
}

function isCurrent(index: OrgIndex, status: SearchStatus): boolean {
  return index.version >= status.version && index.articleCount <= status.articles;
}

async function catchUp(db: Db, organizationId: string, index: OrgIndex): Promise<void> {
  for (;;) {
    const { rows } = await sql<IndexedArticle>`
      select id, state, visibility, owner_id, type_keys, tags,
        search_version::float8 as search_version, search_vector::text as vector
      from knowledge_articles
      where organization_id = ${organizationId} and search_version > ${index.version}
      order by search_version
      limit ${BATCH}`.execute(db);
    for (const row of rows) {
      index.put(row);
      index.version = Math.max(index.version, row.searchVersion);
    }
    if (rows.length < BATCH) return;
  }
}
