import { validatePolicy } from '../../../../domain/authority/validate.ts';
import type { Db } from '../../../db/database.ts';

/** Publishes a whole document at once: for an organization's first policy (the demo, a new tenant, tests). */
export async function insertPublishedPolicy(options: {
  db: Db;
  organizationId: string;
  document: unknown;
  personId: string | null;
  note: string;
  now: Date;
}): Promise<{ version: number }> {
  const validation = validatePolicy(options.document);
  if (!validation.ok)
    throw new Error(
      `The policy is not valid: ${validation.issues.map((i) => i.message).join('; ')}`,
    );
  const latest = await options.db
    .selectFrom('authorityPolicies')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('organizationId', '=', options.organizationId)
    .executeTakeFirst();
  const version = (latest?.version ?? 0) + 1;
  await options.db
    .insertInto('authorityPolicies')
    .values({
      organizationId: options.organizationId,
      version,
      status: 'published',
      document: JSON.stringify(validation.policy),
      note: options.note,
      createdBy: options.personId,
      createdAt: options.now,
      updatedAt: options.now,
      publishedBy: options.personId,
      publishedAt: options.now,
    })
    .execute();
  return { version };
}
