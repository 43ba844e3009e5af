import { everyone, type AbilityTable } from '../../policies/ability-table.ts';

/**
 * What this module's routes may be asked for, and by whom (composed in server/policies/abilities.ts).
 * The role is only the gate: a KCS licence, held per person whatever the role, decides the rest
 * inside the commands (server/policies/knowledge-article.ts).
 */
export const knowledgeAbilities = {
  /** Search, read articles, link one to a contact as reused, flag one. */
  'knowledge.read': everyone,
  /** Create, edit, change state, resolve flags: the licence decides (a reader holds none). */
  'knowledge.write': everyone,
  /** Grant and revoke licences, list them. */
  'knowledge.licences': ['admin'],
  /** Score articles against the content standard, edit it: a coach's licence, or an admin. */
  'knowledge.coach': everyone,
  /** The knowledge page's figures; coaches of any role too, by their licence. */
  'knowledge.metrics': everyone,
} as const satisfies AbilityTable;
