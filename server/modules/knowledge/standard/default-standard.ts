/**
 * The content standard an organization starts with: the items of the KCS Content Standard Checklist
 * (called the Article Quality Index before KCS v6), said for a contact centre. A coaching tool, not a
 * technical review ("reuse is review" covers accuracy day to day); coaches edit it to their standard.
 */
export const defaultStandard: ReadonlyArray<{ label: string; description: string }> = [
  {
    label: 'Unique',
    description:
      'No other article already answers the same problem; an overlap is merged or linked.',
  },
  {
    label: 'Complete',
    description:
      'The problem, its context and the resolution are filled in, and the cause when known.',
  },
  {
    label: 'Problem in the customer’s words',
    description: 'Title and problem say what the customer says, so the next search finds it.',
  },
  {
    label: 'Context says where it applies',
    description: 'Products, channels, order states or plans it applies to are named.',
  },
  {
    label: 'Clear and usable',
    description: 'Short steps, one action each, that someone can follow while the customer waits.',
  },
  {
    label: 'Resolution correct for today',
    description: 'What it tells the rep to grant matches the current policy and their authority.',
  },
  {
    label: 'Links work',
    description: 'Pages and other articles it points to exist and are the right ones.',
  },
  {
    label: 'Metadata right',
    description: 'Resolution types, tags, visibility and state fit the article.',
  },
];
