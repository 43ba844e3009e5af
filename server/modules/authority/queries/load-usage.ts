import type { CompiledPolicy } from '../../../../domain/authority/compile.ts';
import type { UsageByType } from '../../../../domain/authority/limits-for.ts';
import type { Db } from '../../../db/database.ts';
import { loadUsageTally } from './load-usage-tally.ts';

/**
 * What the person and the customer have used, per type: the person's own within-authority grants
 * today and this month (in the organization's time zone, which the database applies), the customer's
 * grants over each type's window, and the contact's total.
 */
export async function loadUsage(options: {
  db: Db;
  organizationId: string;
  personId: string;
  customerId: string;
  contactId: string | null;
  cp: CompiledPolicy;
  now: Date;
}): Promise<UsageByType> {
  const { personId, customerId, contactId } = options;
  const tally = await loadUsageTally({
    ...options,
    personIds: [personId],
    customerIds: [customerId],
    contactIds: contactId ? [contactId] : [],
  });
  return tally.byType(personId, customerId, contactId);
}
