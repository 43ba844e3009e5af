import type { Role } from '../../api/types.ts';
import { pageAccess, type PageKey } from './access.ts';

type SessionLike = { person: { role: Role } };

/**
 * Whether the signed-in person may use what needs `ability` (a server ability name; null: everyone).
 * Interface only: shapes what the app shows, the server checks every request on its own.
 * For now backed by the page table in access.ts; it is to read the abilities /api/me returns.
 */
export function canUse(session: SessionLike, ability: string | null): boolean {
  if (ability === null) return true;
  const page = abilityPages[ability];
  return page === undefined ? false : pageAccess[page].includes(session.person.role);
}

const abilityPages: Record<string, PageKey> = {
  'approvals.decide': 'approvals',
  'people.oversee': 'people',
  'policy.manage': 'policy',
  'organization.update': 'settings',
};
