/** `ability`: what the page needs (a server ability name, null: everyone), asked through canUse. */
export type NavItem = { ability: string | null; label: string; to: string };

/** The navbar, in order; each link shows only to those whose abilities (from /api/me) include its own. */
export const navItems: readonly NavItem[] = [
  { ability: null, label: 'Home', to: '/' },
  { ability: null, label: 'My profile', to: '/profile' },
  { ability: 'approvals.decide', label: 'Approvals', to: '/approvals' },
  { ability: null, label: 'Workspace', to: '/workspace' },
  { ability: 'people.oversee', label: 'People', to: '/people' },
  { ability: 'policy.manage', label: 'Policy', to: '/policy' },
  { ability: 'organization.update', label: 'Settings', to: '/settings' },
];
