import { roles } from '../../../contract/roles.ts';
import type { Role } from '../../api/types.ts';

export type PageKey =
  'home' | 'profile' | 'approvals' | 'workspace' | 'people' | 'policy' | 'settings';

const everyone: readonly Role[] = roles;

/**
 * Which roles see which page. This only shapes the interface: the server checks every request
 * on its own, so a hidden link is a courtesy, never the protection.
 */
export const pageAccess: Record<PageKey, readonly Role[]> = {
  home: everyone,
  profile: everyone,
  approvals: ['approver', 'team_leader', 'admin'],
  workspace: everyone,
  people: ['team_leader', 'trainer', 'admin'],
  policy: ['admin'],
  settings: ['admin'],
};

export const canSee = (role: Role, page: PageKey): boolean => pageAccess[page].includes(role);
