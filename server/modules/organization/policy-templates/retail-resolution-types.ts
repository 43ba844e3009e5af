import type { PolicyDocumentInput } from '../../../../domain/authority/policy.ts';

type ResolutionTypeInput = PolicyDocumentInput['resolutionTypes'][number];

/**
 * What a contact centre's reps do for a customer, after the sources: replacement, repair, a discount
 * on the service or on a future purchase (seed 001), a waived fee or a bent cutoff time (003),
 * flowers and gifts (002). The guidelines are a start the admin rewrites in their own words.
 */
export const retailResolutionTypes: ResolutionTypeInput[] = [
  {
    key: 'refund',
    label: 'Refund',
    reasonRequired: true,
    customerWindowDays: 30,
    guidelines:
      'Refund to the original payment method when the product or our service fell short. ' +
      'Refund the item, not the whole order, when only part of it was wrong.',
  },
  {
    key: 'replacement',
    label: 'Replacement',
    reasonRequired: true,
    customerWindowDays: 60,
    guidelines:
      'Send a replacement before the return arrives when an item is defective or lost. The amount is its price.',
  },
  {
    key: 'repair',
    label: 'Repair',
    customerWindowDays: 90,
    guidelines:
      'Book a repair instead of a replacement when it fixes the problem. The amount is the quote.',
  },
  {
    key: 'service_credit',
    label: 'Service credit',
    customerWindowDays: 30,
    guidelines:
      'A credit on the account for a poor experience (a long wait, a repeated contact) when the product was fine.',
  },
  {
    key: 'future_discount',
    label: 'Discount on a future purchase',
    customerWindowDays: 90,
    guidelines: "A one-time code for the next order. The amount is the code's value.",
  },
  {
    key: 'fee_waiver',
    label: 'Fee waiver',
    customerWindowDays: 90,
    guidelines: 'Waive a late, restocking or re-delivery fee. Most cost little: do it and say why.',
  },
  {
    key: 'policy_exception',
    label: 'Policy exception',
    reasonRequired: true,
    customerWindowDays: 90,
    guidelines:
      'Bend a rule that does not serve the customer: a return a few days late, a shipment after the cutoff time.',
  },
  {
    key: 'goodwill_gift',
    label: 'Goodwill gift',
    customerWindowDays: 180,
    guidelines:
      'Flowers or a small gift with a note, for a customer whose occasion we put at risk.',
  },
];
