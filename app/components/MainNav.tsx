import { NavLink, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';

import { useSession } from '../features/auth/session.ts';
import { pages } from '../pages.ts';
import { navGroups } from './nav-groups.ts';

function isCurrent(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

/** The pages this visitor may use, in labelled sections (the list will grow with every module). */
export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const session = useSession();
  const { pathname } = useLocation();
  return (
    <Stack gap="sm">
      {navGroups(pages, session).map((group) => (
        <div key={group.key} role="group" aria-labelledby={`nav-group-${group.key}`}>
          <Text
            id={`nav-group-${group.key}`}
            size="xs"
            fw={700}
            tt="uppercase"
            c="dimmed"
            px="sm"
            mb={2}
          >
            {group.label}
          </Text>
          <Stack gap={2}>
            {group.pages.map((page) => {
              const current = isCurrent(pathname, page.path);
              return (
                <NavLink
                  key={page.path}
                  component={Link}
                  to={page.path}
                  label={page.label}
                  active={current}
                  aria-current={current ? 'page' : undefined}
                  onClick={onNavigate}
                />
              );
            })}
          </Stack>
        </div>
      ))}
    </Stack>
  );
}
