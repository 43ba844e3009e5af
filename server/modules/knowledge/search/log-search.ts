import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';

/**
 * Every search (not suggest-as-you-type) is logged with its result count and the contact it was
 * made on: a search on a contact that got no link afterwards is a gap in the knowledge base. A
 * contact id of another organization is logged as none rather than trusted.
 */
export async function logSearch(options: {
  db: Db;
  organizationId: string;
  personId: string;
  contactId: string | undefined;
  query: string;
  resultCount: number;
  now: Date;
}): Promise<void> {
  const { db, organizationId, contactId } = options;
  const contact = contactId
    ? sql<string>`(select id from contacts where id = ${contactId} and organization_id = ${organizationId})`
    : null;
  await db
    .insertInto('knowledgeSearches')
    .values({
      organizationId,
      personId: options.personId,
      contactId: contact,
      query: options.query,
      resultCount: options.resultCount,
      createdAt: options.now,
    })
    .execute();
}
