import { everyone, type AbilityTable } from '../../policies/ability-table.ts';

/** Who may practise and who may pick real cases for practice (composed in server/policies/abilities.ts). */
export const practiceAbilities = {
  /** Draw a situation and answer it: anyone who decides resolutions, or trains those who do. */
  'practice.answer': everyone,
  /** Turn a real past decision into an anonymized practice situation. */
  'practice.pick': ['trainer', 'admin'],
} as const satisfies AbilityTable;
