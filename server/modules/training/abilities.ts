import { everyone, type AbilityTable } from '../../policies/ability-table.ts';

/** Who may learn and who may teach (composed in server/policies/abilities.ts). */
export const trainingAbilities = {
  /** Take published courses, attempt them, see my own certifications. */
  'training.learn': everyone,
  /** Write courses and the certification catalogue, publish, sign off and revoke certifications. */
  'training.teach': ['trainer', 'admin'],
} as const satisfies AbilityTable;
