import type { Kysely } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import type { KnowledgeActor } from '../../../policies/knowledge-article.ts';
import { selectLinks, type LinkRow } from './select-links.ts';
import { visibleTo } from './visible-articles.ts';

/**
 * The articles linked to a contact, in the order they were linked (a contact has a handful, so
 * the list is not paged); those the caller cannot see are left out.
 */
export async function listContactLinks(
  db: Kysely<Database>,
  options: { organizationId: string; contactId: string; viewer: KnowledgeActor },
): Promise<LinkRow[]> {
  return selectLinks(db, options.organizationId)
    .where('l.contactId', '=', options.contactId)
    .where(visibleTo(options.viewer))
    .orderBy('l.createdAt')
    .orderBy('l.id')
    .execute();
}
