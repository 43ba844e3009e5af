import type { Transaction } from 'kysely';
import type { AuthorityRequest } from '../../../../domain/authority/decide.ts';
import type { Database } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';

/**
 * The requester's row, locked, with everything the decision needs about them and their organization in
 * the same round trip: level, certifications, time zone, approval time-out and the policy in force.
 */
export async function lockRequester(trx: Transaction<Database>, organizationId: string, personId: string) {
  const row = await trx
    .selectFrom('people')
    .innerJoin('organizations', 'organizations.id', 'people.organizationId')
    .leftJoin('authorityLevels', 'authorityLevels.id', 'people.levelId')
    .select((eb) => [
      'people.id',
      'people.name',
      'people.certifications',
      'authorityLevels.key as levelKey',
      'organizations.timeZone',
      'organizations.approvalTimeoutSeconds',
      eb
        .selectFrom('authorityPolicies')
        .select('authorityPolicies.id')
        .whereRef('authorityPolicies.organizationId', '=', 'people.organizationId')
        .where('authorityPolicies.status', '=', 'published')
        .orderBy('authorityPolicies.version', 'desc')
        .limit(1)
        .as('policyId'),
    ])
    .where('people.organizationId', '=', organizationId)
    .where('people.id', '=', personId)
    .forUpdate('people')
    .executeTakeFirst();
  if (!row) throw AppError.notFound('Person');
  if (!row.policyId) throw new AppError('conflict', 'This organization has no published authority policy yet; an admin must publish one');
  const person: AuthorityRequest['person'] = { id: row.id, levelKey: row.levelKey, certifications: row.certifications };
  return { person, timeZone: row.timeZone, approvalTimeoutSeconds: row.approvalTimeoutSeconds, policyId: row.policyId };
}

/** The customer's row, locked after the requester's (always in that order), as the engine sees it. */
export async function lockCustomer(trx: Transaction<Database>, organizationId: string, customerId: string): Promise<AuthorityRequest['customer'] & { id: string }> {
  const row = await trx
    .selectFrom('customers')
    .select(['id', 'lifetimeValueMinor', 'segment', 'flags', 'linkedPersonId'])
    .where('organizationId', '=', organizationId)
    .where('id', '=', customerId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw AppError.notFound('Customer');
  return { id: row.id, lifetimeValueMinor: row.lifetimeValueMinor, segment: row.segment, flags: row.flags, linkedPersonId: row.linkedPersonId };
}

