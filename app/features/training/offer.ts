import { minorDigits, parseMoneyInput } from '../../../domain/money.ts';
import type { OfferDecision, PracticeAnswer, PracticeSituation } from './api-types.ts';

/** The learner's offer as typed: a type, an amount in the currency's units, and what they would do. */
export type OfferDraft = { type: string; amount: string; decision: OfferDecision | '' };

export const decisionLabels: Record<OfferDecision, string> = {
  grant: 'Grant it on my own',
  ask_approval: 'Ask for approval',
  not_allowed: 'It is not allowed',
};

/** Starts from what the customer asks, so answering "as asked" is one choice away. */
export function draftFor(situation: Pick<PracticeSituation, 'asks'>): OfferDraft {
  const { type, amount } = situation.asks;
  const digits = minorDigits(amount.currency);
  return { type, amount: (amount.amountMinor / 10 ** digits).toFixed(digits), decision: '' };
}

/** The answer to send, or what is wrong with the draft (by field). */
export function readOffer(
  draft: OfferDraft,
  currency: string,
):
  | { answer: PracticeAnswer }
  | { error: { field: 'type' | 'amount' | 'decision'; message: string } } {
  if (!draft.type) return { error: { field: 'type', message: 'Choose a resolution type' } };
  const amount = parseMoneyInput(draft.amount, currency);
  if (amount === null || amount < 0)
    return { error: { field: 'amount', message: 'Type an amount such as 25 or 25.50' } };
  if (!draft.decision)
    return { error: { field: 'decision', message: 'Say whether you would grant it or ask' } };
  return { answer: { type: draft.type, amount, currency, decision: draft.decision } };
}
