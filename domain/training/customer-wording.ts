import { formatMoney } from '../money.ts';

/**
 * What a customer might say when asking for a resolution, a few ways per kind of resolution. The kind
 * is read from the type's key and label (refund, credit, replacement…), so any policy gets sensible
 * wording; a type none of them matches gets the general lines with its own label.
 */
type Wording = (ask: { amount: string; label: string; days: string }) => string;

const byWord: ReadonlyArray<readonly [RegExp, readonly Wording[]]> = [
  [
    /refund|money back|reimburse/i,
    [
      (a) => `This arrived broken${a.days}. I just want my ${a.amount} back, please.`,
      (a) =>
        `I was charged ${a.amount} for something I never received${a.days}. Can you refund it?`,
      (a) => `It doesn't work as described. I'd like a refund of ${a.amount}.`,
    ],
  ],
  [
    /credit|voucher/i,
    [
      (a) => `Your service was down most of the week. A credit of ${a.amount} would be fair.`,
      (a) =>
        `I've been a customer for years and this keeps happening. Could you put ${a.amount} on my account?`,
    ],
  ],
  [
    /replace|exchange/i,
    [
      (a) => `The one you sent${a.days} is damaged. Can you send me a new one? It was ${a.amount}.`,
      (a) => `Wrong size again. I need a replacement, it's a ${a.amount} item.`,
    ],
  ],
  [
    /discount|coupon/i,
    [
      (a) => `After all this trouble, a discount of ${a.amount} on my next order would help.`,
      (a) => `I'm thinking of leaving. Could you take ${a.amount} off next time?`,
    ],
  ],
  [
    /fee|waive|charge/i,
    [
      (a) => `I was charged a ${a.amount} fee I was never told about. Please waive it.`,
      (a) => `That ${a.amount} charge is not my fault. Can you remove it?`,
    ],
  ],
  [
    /gift|goodwill|gesture|amenity/i,
    [
      (a) => `Honestly, after how this went, I'd expect some gesture, around ${a.amount}.`,
      (a) => `My birthday dinner was ruined. Is there anything you can do? Maybe ${a.amount}?`,
    ],
  ],
];

const general: readonly Wording[] = [
  (a) =>
    `I'm really unhappy with this${a.days}. Could you do a ${a.label.toLowerCase()} of ${a.amount}?`,
  (a) => `I'd like a ${a.label.toLowerCase()}, about ${a.amount}, to make up for it.`,
];

/** The customer's line for an ask; `pick` chooses among the templates (a seeded random's pick). */
export function customerSays(
  type: { key: string; label: string },
  amountMinor: number,
  currency: string,
  orderAgeDays: number | null,
  pick: <T>(items: readonly T[]) => T,
): string {
  const templates =
    byWord.find(([word]) => word.test(type.key) || word.test(type.label))?.[1] ?? general;
  const days =
    orderAgeDays === null ? '' : orderAgeDays === 0 ? ' today' : ` ${orderAgeDays} days ago`;
  return pick(templates)({ amount: formatMoney(amountMinor, currency), label: type.label, days });
}
