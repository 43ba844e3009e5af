import type { PageKey } from '../features/auth/access.ts';

export type NavItem = { page: PageKey; label: string; to: string };

/** The navbar, in order; each link shows only to the roles in pageAccess. */
export const navItems: readonly NavItem[] = [
  { page: 'home', label: 'Home', to: '/' },
  { page: 'profile', label: 'My profile', to: '/profile' },
  { page: 'approvals', label: 'Approvals', to: '/approvals' },
  { page: 'workspace', label: 'Workspace', to: '/workspace' },
  { page: 'people', label: 'People', to: '/people' },
  { page: 'policy', label: 'Policy', to: '/policy' },
  { page: 'settings', label: 'Settings', to: '/settings' },
];
