import type { CompiledPolicy } from '../authority/compile.ts';
import { decide, type AuthorityRequest, type Decision } from '../authority/decide.ts';
import { formatMoney } from '../money.ts';
import type { PracticeAnswer, PracticeDecision, PracticeSituation } from './practice-situation.ts';

export type PracticeGrade = {
  correct: boolean;
  expected: { decision: PracticeDecision; approverLevel?: string };
  /** Feedback in plain words: the engine's own reasons for the learner's offer, then the verdict. */
  reasons: string[];
};

export type GradePracticeOptions = {
  policy: CompiledPolicy;
  /** The learner as the engine sees them: id (personal overrides), level and certifications. */
  learner: AuthorityRequest['person'];
  situation: PracticeSituation;
  answer: PracticeAnswer;
  /** When the answer is graded, epoch milliseconds (overrides have windows). */
  at: number;
};

const decisionFor: Record<Decision['outcome'], PracticeDecision> = {
  within_authority: 'grant',
  needs_approval: 'ask_approval',
  not_allowed: 'not_allowed',
};

/** The engine's request for a situation: the same inputs a real check builds, with no linked person. */
export function practiceRequest(
  situation: PracticeSituation,
  learner: AuthorityRequest['person'],
  offer: { type: string; amountMinor: number },
  at: number,
): AuthorityRequest {
  return {
    person: learner,
    customer: {
      lifetimeValueMinor: situation.customer.lifetimeValueMinor,
      segment: situation.customer.segment,
      flags: situation.customer.flags,
      linkedPersonId: null,
    },
    type: offer.type,
    amountMinor: offer.amountMinor,
    currency: situation.customer.currency,
    orderAgeDays: situation.orderAgeDays,
    at,
  };
}

/** What the engine decides for a situation's offer, with the situation's prior usage and none of the learner's own. */
export function decidePractice(
  policy: CompiledPolicy,
  situation: PracticeSituation,
  learner: AuthorityRequest['person'],
  offer: { type: string; amountMinor: number },
  at: number,
): Decision {
  return decide(policy, practiceRequest(situation, learner, offer, at), {
    personDayMinor: 0,
    personMonthMinor: 0,
    customerWindowMinor:
      offer.type === situation.asks.type ? (situation.prior?.customerWindowMinor ?? 0) : 0,
    contactTotalMinor: situation.prior?.contactTotalMinor ?? 0,
  });
}

/**
 * Grades an answer against the engine: the learner's offer is decided as a real request would be, and
 * the answer is right when its decision is the engine's. Offering a type not on offer, or more than the
 * customer asked for, is never right: practice teaches staying inside the case as much as the limits.
 */
export function gradePractice(options: GradePracticeOptions): PracticeGrade {
  const { policy, learner, situation, answer, at } = options;
  const decision = decidePractice(policy, situation, learner, answer, at);
  const expected: PracticeGrade['expected'] = { decision: decisionFor[decision.outcome] };
  if (decision.requiredLevel !== null) expected.approverLevel = decision.requiredLevel.name;

  const reasons = [...decision.reasons];
  let inCase = true;
  const cost = policy.types[policy.typeIndex.get(answer.type) ?? -1]?.cost;
  if (!situation.types.includes(answer.type)) {
    inCase = false;
    reasons.push(`"${answer.type}" is not one of the resolutions on offer in this situation.`);
  } else if (
    answer.type === situation.asks.type &&
    answer.amountMinor > situation.asks.amountMinor
  ) {
    inCase = false;
    reasons.push(
      `The customer asked for ${formatMoney(situation.asks.amountMinor, situation.customer.currency)}; offering more is not needed.`,
    );
  }
  if (inCase && cost?.kind === 'fixed' && answer.amountMinor !== cost.amountMinor) {
    // As a real request is refused: a fixed-cost type is offered at its cost or not at all.
    inCase = false;
    reasons.push(
      `This resolution costs a fixed ${formatMoney(cost.amountMinor, situation.customer.currency)}.`,
    );
  }
  const correct = inCase && answer.decision === expected.decision;
  reasons.push(verdict(expected, answer.decision, correct));
  return { correct, expected, reasons };
}

function verdict(
  expected: PracticeGrade['expected'],
  given: PracticeDecision,
  correct: boolean,
): string {
  const what =
    expected.decision === 'grant'
      ? 'this is within your authority: you may grant it yourself'
      : expected.decision === 'ask_approval'
        ? `this needs ${article(expected.approverLevel ?? 'approver')} ${expected.approverLevel ?? 'approver'}`
        : 'no one may grant this';
  if (correct) return `Right: ${what}.`;
  if (expected.decision === given) return `Your decision was right (${what}), but not the offer.`;
  return `Not quite: ${what}.`;
}

function article(word: string): string {
  return 'aeiouAEIOU'.includes(word.charAt(0)) ? 'an' : 'a';
}
