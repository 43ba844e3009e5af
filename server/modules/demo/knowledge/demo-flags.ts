import { staff } from './demo-article.ts';

/**
 * Flags the floor raised on Northwind's articles ("flag it"), with the comment as it was typed, and,
 * for those already handled, who fixed it and the note they left. Days count back from the demo's `now`.
 */
export type DemoFlag = {
  articleKey: string;
  raisedBy: string;
  comment: string;
  daysAgo: number;
  resolved?: { by: string; note: string; daysLater: number };
};

export const demoFlags: readonly DemoFlag[] = [
  {
    articleKey: 'delivery-need-before-trip',
    raisedBy: staff.jamal,
    comment:
      'The warehouse went to two shifts: same-day cutoff is 2 pm Central now, not 1 pm. I had a customer miss an upgrade because of it.',
    daysAgo: 9,
  },
  {
    articleKey: 'payments-promo-code-failed',
    raisedBy: staff.sofia,
    comment:
      'Step 3 says honour codes up to 7 days after expiry, but the October email said the code was void after the sale. Do we still honour those? Two callers today.',
    daysAgo: 4,
  },
  {
    articleKey: 'warranty-satellite-messenger-wont-send',
    raisedBy: staff.emma,
    comment:
      'On the 2026 model the reset is power + SOS held 10 s, not power + OK. I nearly sent an SOS with the customer still on the line!',
    daysAgo: 2,
  },
  {
    articleKey: 'returns-restocking-fee-packraft',
    raisedBy: staff.omar,
    comment:
      "The packraft page doesn't mention the restocking fee at all any more. If customers can't see it, shouldn't step 3 say we always waive it?",
    daysAgo: 16,
  },
  {
    articleKey: 'sizing-trail-runner-4-small',
    raisedBy: staff.linh,
    comment:
      'The product page says "runs half a size small" since last week, so step 4 is out of date.',
    daysAgo: 6,
  },
  {
    articleKey: 'accounts-identity-check',
    raisedBy: staff.olivia,
    comment:
      'Does the one-time code to the email on file count as one check or both? Fraud team told me one; the article reads like it replaces both.',
    daysAgo: 12,
  },
  {
    articleKey: 'care-filter-slow-flow',
    raisedBy: staff.hannah,
    comment:
      "The backflush syringe isn't in the box since the spring batch. Customers have to use the dirty-water pouch to push clean water through. Step 1 needs changing.",
    daysAgo: 23,
  },
  {
    articleKey: 'stores-hours',
    raisedBy: staff.chloe,
    comment: 'Chicago opens at 9 am on Saturdays now (new lease). The page says 10.',
    daysAgo: 1,
  },
  {
    articleKey: 'delivery-shipping-times',
    raisedBy: staff.samuel,
    comment:
      'Free shipping threshold went up to $99 on 1 November. This still says $75, and so does the free-shipping payments article.',
    daysAgo: 27,
  },
  {
    articleKey: 'delivery-marked-delivered-not-received',
    raisedBy: staff.grace,
    comment:
      'Step 3 says wait 24 hours but the carriers now tell customers 48. We contradict them.',
    daysAgo: 61,
    resolved: { by: staff.bryan, note: 'Changed it to 48 hours in steps 3 and 4.', daysLater: 1 },
  },
  {
    articleKey: 'returns-where-is-refund',
    raisedBy: staff.diego,
    comment:
      'In January the inspection backlog was a full week. Worth saying so reps stop promising 3 days.',
    daysAgo: 74,
    resolved: { by: staff.samuel, note: 'Added "up to 7 in January" to step 1.', daysLater: 3 },
  },
  {
    articleKey: 'payments-charged-twice',
    raisedBy: staff.omar,
    comment: 'Customers don\'t believe "it\'s just a hold". Can we add the exact words that work?',
    daysAgo: 48,
    resolved: {
      by: staff.hannah,
      note: 'Added the sentence I use in step 4: which charge disappears and by when.',
      daysLater: 2,
    },
  },
  {
    articleKey: 'warranty-jacket-zip-broken',
    raisedBy: staff.fatima,
    comment: 'Mountain Stitch is back to 10–14 days since they hired; the article says 3 weeks.',
    daysAgo: 39,
    resolved: { by: staff.liam, note: 'Updated step 3 to 10–14 days.', daysLater: 5 },
  },
  {
    articleKey: 'sizing-cascade-mislabelled',
    raisedBy: staff.grace,
    comment: 'Is this still happening? Batch 24-07 was more than a year ago.',
    daysAgo: 33,
    resolved: {
      by: staff.liam,
      note: 'Still 2–3 a month from clearance stock, so it stays. Checked with the buyer.',
      daysLater: 2,
    },
  },
  {
    articleKey: 'accounts-family-member-calling',
    raisedBy: staff.bryan,
    comment:
      'What do I do when my relative insists on staying on the line with me? Happened with my mum.',
    daysAgo: 20,
    resolved: {
      by: staff.aisha,
      note: 'Added: transfer warmly, and grant nothing at all, not even a fee waiver.',
      daysLater: 1,
    },
  },
  {
    articleKey: 'stores-denver-closed',
    raisedBy: staff.chloe,
    comment: 'Denver has been closed since June. Can we archive this so it stops coming up?',
    daysAgo: 150,
    resolved: { by: staff.aisha, note: 'Archived.', daysLater: 1 },
  },
];

/** The system's flag after the demo's policy was published: a refund article to re-check against it. */
export const demoPolicyChangeFlag = {
  articleKey: 'delivery-paid-express-came-late',
  daysAgo: 3,
  comment:
    'Policy version 1 changed Refund (limits or guidelines): check that this article still tells reps what they may grant.',
} as const;
