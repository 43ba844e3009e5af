/**
 * A practice situation: a customer, what they say, and the resolution types on offer. It holds no
 * expected answer; the grader works that out from the policy in force when the learner answers.
 * No names, emails, phones or external references: a situation may come from a real case.
 */
export type PracticeSituation = {
  customer: {
    segment: string;
    lifetimeValueMinor: number;
    /** The policy's currency when the situation was made. */
    currency: string;
    flags: string[];
  };
  /** Age of the order the customer is calling about; null when there is no order. */
  orderAgeDays: number | null;
  /** What this customer has already had of the asked type in its window, and on this contact. */
  prior: { customerWindowMinor: number; contactTotalMinor: number } | null;
  /** The customer's words, in plain language. */
  says: string;
  /** What the customer asks for: the type and the amount in the policy's currency. */
  asks: { type: string; amountMinor: number };
  /** Resolution type keys the learner may choose from. */
  types: string[];
};

/** A learner's answer: what they would offer, and whether they would grant it or ask for approval. */
export type PracticeAnswer = {
  type: string;
  amountMinor: number;
  /** `not_allowed` is the answer when no one may grant it. */
  decision: 'grant' | 'ask_approval' | 'not_allowed';
};

export type PracticeDecision = PracticeAnswer['decision'];
