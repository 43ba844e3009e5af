import { randomInt } from 'node:crypto';

import type { Decision } from '../../../../domain/authority/decide.ts';
import { createRandom } from '../../../../domain/random.ts';
import { customerSays } from '../../../../domain/training/customer-wording.ts';
import type { PracticeSituation } from '../../../../domain/training/practice-situation.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { loadCompiledPolicy } from '../../authority/queries/load-compiled-policy.ts';
import { loadOrderAgeDays } from '../../authority/queries/load-order-age-days.ts';
import type { DrawnSituation } from './draw-practice-situation.ts';

export type PickOptions = {
  db: Db;
  organizationId: string;
  trainerId: string;
  resolutionId: string;
};

/**
 * Turns a real past decision into a practice template, anonymized: the customer's segment, value and
 * flags, the order's age, the type and amount asked and what the customer had already had. Never
 * their name, email, phone or external reference, nor the rep's reason (free text may name them);
 * the customer's words are written afresh.
 */
export async function pickPracticeSituation(options: PickOptions): Promise<DrawnSituation> {
  const { db, organizationId } = options;
  const resolution = await db
    .selectFrom('resolutions')
    .innerJoin('customers', 'customers.id', 'resolutions.customerId')
    .select([
      'resolutions.type',
      'resolutions.amountMinor',
      'resolutions.currency',
      'resolutions.orderId',
      'resolutions.createdAt',
      'resolutions.decision',
      'resolutions.customerId',
      'customers.segment',
      'customers.lifetimeValueMinor',
      'customers.flags',
    ])
    .where('resolutions.organizationId', '=', organizationId)
    .where('resolutions.id', '=', options.resolutionId)
    .executeTakeFirst();
  if (!resolution) throw AppError.notFound('Resolution');
  const cp = await loadCompiledPolicy({ db, organizationId });
  const type = cp.types[cp.typeIndex.get(resolution.type) ?? -1];
  if (!type || resolution.currency !== cp.currency)
    throw AppError.invalid('resolutionId', 'its type or currency is not in the policy in force');

  // The age the order had when the case was decided, as the decision saw it.
  const orderAgeDays = resolution.orderId
    ? await loadOrderAgeDays(
        db,
        organizationId,
        resolution.customerId,
        resolution.orderId,
        resolution.createdAt,
      ).catch(() => null)
    : null;
  const decided = resolution.decision as Partial<Decision> | null;
  const used = (kind: string) => decided?.limits?.find((l) => l.kind === kind)?.usedMinor ?? 0;
  const seed = randomInt(0, 2 ** 31 - 1);
  const random = createRandom(seed);
  const situation: PracticeSituation = {
    customer: {
      segment: resolution.segment,
      lifetimeValueMinor: resolution.lifetimeValueMinor,
      currency: cp.currency,
      flags: resolution.flags,
    },
    orderAgeDays,
    prior: { customerWindowMinor: used('per_customer'), contactTotalMinor: used('per_contact') },
    says: customerSays(type, resolution.amountMinor, cp.currency, orderAgeDays, (items) =>
      random.pick(items),
    ),
    asks: { type: type.key, amountMinor: resolution.amountMinor },
    types: cp.types.map((t) => t.key),
  };
  const row = await db
    .insertInto('practiceSituations')
    .values({
      organizationId,
      personId: null,
      situation: JSON.stringify(situation),
      seed,
      source: 'picked',
      fromResolutionId: options.resolutionId,
      pickedBy: options.trainerId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, source: 'picked', situation };
}
