import type { Transaction } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import type { KnowledgeLicence } from '../../knowledge/tables.ts';
import type { NewLedgerEntry } from '../../ledger/ledger-entry.ts';

const order: readonly KnowledgeLicence[] = ['candidate', 'contributor', 'publisher', 'coach'];
const rank = (licence: KnowledgeLicence | null) => (licence === null ? -1 : order.indexOf(licence));

/** What an award granted, carried to the row that supersedes it so the renewal withdraws it later. */
export type GrantedLicence = {
  grantedLicence: KnowledgeLicence | null;
  licenceBefore: KnowledgeLicence | null;
};

type Grant = {
  organizationId: string;
  personId: string;
  certificationId: string;
  certification: string;
  /** The catalogue entry's `grantsLicence`. */
  grants: KnowledgeLicence | null;
  /** What the row this award supersedes had granted, if anything. */
  inherited: GrantedLicence | null;
  actorId: string | null;
  now: Date;
};

/**
 * Holding a certification whose catalogue entry names a knowledge licence grants it, but never lowers
 * a higher one the person has. The row remembers what it granted and what was there before, so a
 * revocation or lapse withdraws exactly that. Returns the ledger entries to append (none when nothing
 * changed); call inside the award's transaction.
 */
export async function grantCertifiedLicence(
  trx: Transaction<Database>,
  grant: Grant,
): Promise<NewLedgerEntry[]> {
  const current = await currentLicence(trx, grant.personId);
  // A renewal keeps what the row it supersedes granted, while that grant still stands (not lapsed).
  if (grant.inherited?.grantedLicence && grant.inherited.grantedLicence === current) {
    await remember(trx, grant.certificationId, grant.inherited);
    return [];
  }
  if (grant.grants === null) return [];
  if (rank(current) >= rank(grant.grants)) return [];
  await setLicence(
    trx,
    grant.organizationId,
    grant.personId,
    grant.grants,
    grant.actorId,
    grant.now,
  );
  await remember(trx, grant.certificationId, {
    grantedLicence: grant.grants,
    licenceBefore: current,
  });
  return [entry(grant, grant.grants, current, 'awarded')];
}

type Withdrawal = {
  organizationId: string;
  personId: string;
  certification: string;
  granted: GrantedLicence;
  actorId: string | null;
  now: Date;
  change: 'revoked' | 'expired';
};

/**
 * A certificate that granted a licence was revoked or lapsed: the person goes back to the higher of
 * what they had before it and what their other certificates in force grant. A licence someone changed
 * since (an admin's grant) is theirs, and is left as it is.
 */
export async function withdrawCertifiedLicence(
  trx: Transaction<Database>,
  withdrawal: Withdrawal,
): Promise<NewLedgerEntry[]> {
  const granted = withdrawal.granted.grantedLicence;
  if (granted === null) return [];
  const current = await currentLicence(trx, withdrawal.personId);
  if (current !== granted) return [];
  const others = await trx
    .selectFrom('personCertifications')
    .select('grantedLicence')
    .where('personId', '=', withdrawal.personId)
    .where('certification', '!=', withdrawal.certification)
    .where('grantedLicence', 'is not', null)
    .where('revokedAt', 'is', null)
    .where((eb) => eb.or([eb('expiresAt', 'is', null), eb('expiresAt', '>', withdrawal.now)]))
    .execute();
  const target = [withdrawal.granted.licenceBefore, ...others.map((o) => o.grantedLicence)].reduce(
    (best, licence) => (rank(licence) > rank(best) ? licence : best),
    null,
  );
  if (target === current) return [];
  if (target === null)
    await trx.deleteFrom('knowledgeLicences').where('personId', '=', withdrawal.personId).execute();
  else
    await setLicence(
      trx,
      withdrawal.organizationId,
      withdrawal.personId,
      target,
      withdrawal.actorId,
      withdrawal.now,
    );
  return [entry(withdrawal, target, current, withdrawal.change)];
}

async function currentLicence(trx: Transaction<Database>, personId: string) {
  const row = await trx
    .selectFrom('knowledgeLicences')
    .select('licence')
    .where('personId', '=', personId)
    .forUpdate()
    .executeTakeFirst();
  return row?.licence ?? null;
}

async function setLicence(
  trx: Transaction<Database>,
  organizationId: string,
  personId: string,
  licence: KnowledgeLicence,
  grantedBy: string | null,
  now: Date,
) {
  await trx
    .insertInto('knowledgeLicences')
    .values({ personId, organizationId, licence, grantedBy, grantedAt: now })
    .onConflict((oc) => oc.column('personId').doUpdateSet({ licence, grantedBy, grantedAt: now }))
    .execute();
}

async function remember(trx: Transaction<Database>, id: string, granted: GrantedLicence) {
  await trx.updateTable('personCertifications').set(granted).where('id', '=', id).execute();
}

function entry(
  about: { personId: string; certification: string; actorId: string | null; now: Date },
  licence: KnowledgeLicence | null,
  previous: KnowledgeLicence | null,
  change: 'awarded' | 'revoked' | 'expired',
): NewLedgerEntry {
  // The knowledge module's own kind, so its licence history reads the same whoever changed it.
  return {
    kind: 'knowledge.licence_granted',
    at: about.now,
    actorId: about.actorId,
    data: {
      personId: about.personId,
      licence,
      previous,
      certification: about.certification,
      change,
    },
  };
}
