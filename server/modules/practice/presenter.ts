import type { z } from 'zod';

import type { practiceSituationSchema } from '../../../contract/practice.ts';
import type { CompiledPolicy } from '../../../domain/authority/compile.ts';
import type { DrawnSituation } from './commands/draw-practice-situation.ts';

/** What the learner sees of a situation: everything but an answer, which is never stored with it. */
export function presentPracticeSituation(
  drawn: DrawnSituation,
  cp: Pick<CompiledPolicy, 'types'>,
): z.infer<typeof practiceSituationSchema> {
  const { situation } = drawn;
  const currency = situation.customer.currency;
  const money = (amountMinor: number) => ({ amountMinor, currency });
  return {
    id: drawn.id,
    source: drawn.source,
    customer: {
      segment: situation.customer.segment,
      lifetimeValue: money(situation.customer.lifetimeValueMinor),
      flags: situation.customer.flags,
    },
    orderAgeDays: situation.orderAgeDays,
    prior: situation.prior
      ? {
          customerWindow: money(situation.prior.customerWindowMinor),
          contactTotal: money(situation.prior.contactTotalMinor),
        }
      : null,
    says: situation.says,
    asks: { type: situation.asks.type, amount: money(situation.asks.amountMinor) },
    types: situation.types.map((key) => ({
      key,
      label: cp.types.find((t) => t.key === key)?.label ?? key,
    })),
  };
}
