import type { Transaction } from 'kysely';

import { policyDocumentSchema, type PolicyDocument } from '../../../../domain/authority/policy.ts';
import type { Database } from '../../../db/schema.ts';
import type { NewEvent } from '../../../realtime/event-types.ts';
import { serverModules } from '../../index.ts';
import type { ServerModule } from '../../server-module.ts';

/**
 * Tells every module with an `onPolicyPublished` that a version was just published, inside the
 * publish's transaction (the knowledge base flags the articles of the types it changed; training
 * assigns refreshers). Authority knows only the extension point, not who listens. Returns the live
 * events the listeners ask for, for the publish to record with its own.
 */
export async function announcePolicyPublished(
  trx: Transaction<Database>,
  options: { organizationId: string; version: number; next: PolicyDocument; now: Date },
): Promise<NewEvent[]> {
  const listeners = (serverModules as readonly ServerModule[]).flatMap((module) =>
    module.onPolicyPublished ? [module.onPolicyPublished] : [],
  );
  if (listeners.length === 0) return [];
  const previous = await trx
    .selectFrom('authorityPolicies')
    .select('document')
    .where('organizationId', '=', options.organizationId)
    .where('status', '=', 'published')
    .where('version', '<', options.version)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  const published = {
    ...options,
    previous: previous ? policyDocumentSchema.parse(previous.document) : null,
  };
  const events: NewEvent[] = [];
  for (const listener of listeners) events.push(...((await listener(trx, published)) ?? []));
  return events;
}
