import type { PolicyDocumentInput } from '../../../../domain/authority/policy.ts';
import { unitsOf, type PolicyTemplate } from './policy-template.ts';

type ResolutionTypeInput = PolicyDocumentInput['resolutionTypes'][number];

const types: ResolutionTypeInput[] = [
  {
    key: 'refund',
    label: 'Refund',
    reasonRequired: true,
    guidelines: 'Refund a charge for something that fell short of what the guest was promised.',
  },
  {
    key: 'room_upgrade',
    label: 'Room upgrade',
    guidelines:
      'Move the guest to a better room when theirs disappointed them. The amount is the difference in rate.',
  },
  {
    key: 'late_checkout',
    label: 'Late checkout',
    guidelines:
      'Let the guest keep the room for the afternoon. The amount is what the room would have earned.',
  },
  {
    key: 'service_credit',
    label: 'Credit on the folio',
    guidelines: 'A credit on the bill for a poor experience: a slow breakfast, a noisy night.',
  },
  {
    key: 'fee_waiver',
    label: 'Fee waiver',
    guidelines: 'Waive a cancellation, parking or minibar charge.',
  },
  {
    key: 'amenity',
    label: 'Amenity or gift',
    customerWindowDays: 180,
    guidelines: 'Flowers, a bottle, a cake for an occasion: something the guest will remember.',
  },
];

/**
 * The Ritz-Carlton's rule (seed 000): every employee may spend up to 2,000 per guest to solve a
 * problem without asking a manager, because a guest is worth far more over a lifetime. Here what one
 * may spend grows with the guest's lifetime value: a base plus 1% of it, up to 2,000 per incident
 * and per guest.
 */
export const hospitality: PolicyTemplate = {
  key: 'hospitality',
  name: 'Hospitality',
  description:
    'Ritz-Carlton style: every employee may spend up to 2,000 per guest without a manager, scaled by what the guest has spent with you (500 plus 1% of lifetime value). Managers and the general manager cover more.',
  adminLevel: 'general_manager',
  document(currency) {
    const units = unitsOf(currency);
    const rules: PolicyDocumentInput['rules'] = types.flatMap(({ key }) => [
      {
        level: 'staff',
        type: key,
        perIncidentMinor: units(500),
        perCustomerMinor: units(2_000),
        valueScaling: { lifetimeValueBasisPoints: 100, maxMinor: units(2_000) },
      },
      {
        level: 'manager',
        type: key,
        perIncidentMinor: units(2_000),
        perCustomerMinor: units(10_000),
        valueScaling: { lifetimeValueBasisPoints: 200, maxMinor: units(10_000) },
      },
      {
        level: 'general_manager',
        type: key,
        perIncidentMinor: units(10_000),
        valueScaling: { lifetimeValueBasisPoints: 500, maxMinor: units(25_000) },
      },
    ]);
    return {
      currency,
      levelsNest: true,
      levels: [
        { key: 'staff', name: 'Staff' },
        { key: 'manager', name: 'Manager' },
        { key: 'general_manager', name: 'General manager' },
      ],
      resolutionTypes: types,
      rules,
      // Per guest across everything done for them in one conversation, not per kind of gesture.
      contactLimits: [
        { level: 'staff', totalPerContactMinor: units(2_000) },
        { level: 'manager', totalPerContactMinor: units(10_000) },
      ],
    };
  },
};
