import { NavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'react-router';

import type { Role } from '../api/types.ts';
import { canSee } from '../features/auth/access.ts';
import { navItems } from './nav-items.ts';

function isCurrent(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

export function MainNav({ role, onNavigate }: { role: Role; onNavigate: () => void }) {
  const { pathname } = useLocation();
  return (
    <Stack gap={4}>
      {navItems
        .filter((item) => canSee(role, item.page))
        .map((item) => {
          const current = isCurrent(pathname, item.to);
          return (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              active={current}
              aria-current={current ? 'page' : undefined}
              onClick={onNavigate}
            />
          );
        })}
    </Stack>
  );
}
