import { NavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'react-router';

import { canUse } from '../features/auth/can.ts';
import { useSession } from '../features/auth/session.ts';
import { navItems } from './nav-items.ts';

function isCurrent(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const session = useSession();
  const { pathname } = useLocation();
  return (
    <Stack gap={4}>
      {navItems
        .filter((item) => canUse(session, item.ability))
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
