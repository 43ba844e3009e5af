import {
  certificationUnlocks,
  type CertificationUnlock,
} from '../../../../domain/authority/certification-unlocks.ts';
import {
  limitsFor,
  type TypeAllowance,
  type UsageByType,
} from '../../../../domain/authority/limits-for.ts';
import type { Db } from '../../../db/database.ts';
import { loadCompiledPolicy } from './load-compiled-policy.ts';
import { loadCustomerForAuthority } from './load-customer-for-authority.ts';
import { loadPersonForAuthority } from './load-person-for-authority.ts';
import { loadUsage } from './load-usage.ts';

export type MyAllowances = {
  policyVersion: number;
  level: { key: string; name: string; rank: number } | null;
  /** What the engine reads of me, so the browser's preview gives the server's reasons (a lapse included). */
  certifications: string[];
  lapsedCertifications: Array<{ key: string; expiredAt: string }>;
  usage: UsageByType;
  allowances: Array<
    TypeAllowance & {
      guidelines: string;
      reasonRequired: boolean;
      fixedAmountMinor: number | null;
      unlocks: CertificationUnlock[];
    }
  >;
};

/** What I may still do alone for this customer, per type: the workspace shows it before the rep acts. */
export async function listMyAllowances(options: {
  db: Db;
  organizationId: string;
  personId: string;
  customerId: string;
  contactId?: string | undefined;
  now: Date;
}): Promise<MyAllowances> {
  const { db, organizationId, now } = options;
  const [cp, person, customer] = await Promise.all([
    loadCompiledPolicy({ db, organizationId }),
    loadPersonForAuthority(db, organizationId, options.personId, now),
    loadCustomerForAuthority(db, organizationId, options.customerId),
  ]);
  const usage = await loadUsage({
    db,
    organizationId,
    personId: person.id,
    customerId: customer.id,
    contactId: options.contactId ?? null,
    cp,
    now,
  });
  const unlocks = certificationUnlocks(cp, person.levelKey, person.certifications);
  const allowances = limitsFor(cp, person, customer, usage, now.getTime()).map((a, i) => {
    const type = cp.types[i]!;
    return {
      ...a,
      guidelines: type.guidelines,
      reasonRequired: type.reasonRequired,
      fixedAmountMinor: type.cost.kind === 'fixed' ? type.cost.amountMinor : null,
      unlocks: unlocks[i]!,
    };
  });
  const li = person.levelKey ? cp.levelIndex.get(person.levelKey) : undefined;
  return {
    policyVersion: cp.version,
    level: li === undefined ? null : cp.levels[li]!,
    certifications: [...person.certifications],
    lapsedCertifications: (person.lapsedCertifications ?? []).map((c) => ({
      key: c.key,
      expiredAt: new Date(c.expiredAt).toISOString(),
    })),
    usage,
    allowances,
  };
}
