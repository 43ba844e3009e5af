import { unitsOf, type PolicyTemplate } from './policy-template.ts';
import { retailResolutionTypes } from './retail-resolution-types.ts';

/**
 * Tim Ferriss's rule (seed 002): anything a rep can solve for 100 or less, they solve on their own
 * judgment; above it goes to a supervisor.
 */
export const hundredDollarRule: PolicyTemplate = {
  key: 'hundred-dollar-rule',
  name: 'The $100 rule',
  description:
    'Every rep decides alone up to 100 on anything; above that, a supervisor decides (up to 1,000). Two levels, nothing else to learn.',
  adminLevel: 'supervisor',
  document(currency) {
    const units = unitsOf(currency);
    return {
      currency,
      levelsNest: true,
      levels: [
        { key: 'agent', name: 'Agent' },
        { key: 'supervisor', name: 'Supervisor' },
      ],
      resolutionTypes: retailResolutionTypes,
      rules: retailResolutionTypes.flatMap(({ key }) => [
        { level: 'agent', type: key, perIncidentMinor: units(100) },
        { level: 'supervisor', type: key, perIncidentMinor: units(1_000) },
      ]),
    };
  },
};
