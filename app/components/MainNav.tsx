import { NavLink, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';

import { useSession } from '../features/auth/session.ts';
import { pages } from '../pages.ts';
import { navGroups } from './nav-groups.ts';

function isWithin(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

/** The one link for this address: /trainer/courses is Course builder's, not Trainer home's too. */
function currentPath(pathname: string, paths: readonly string[]): string | undefined {
  return paths
    .filter((to) => isWithin(pathname, to))
    .sort((a, b) => b.length - a.length)
    .at(0);
}

/** The pages this visitor may use, in labelled sections (the list will grow with every module). */
export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const session = useSession();
  const { pathname } = useLocation();
  const groups = navGroups(pages, session);
  const current = currentPath(
    pathname,
    groups.flatMap((group) => group.pages.map((page) => page.path)),
  );
  return (
    <Stack gap="sm">
      {groups.map((group) => (
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
              const isCurrent = page.path === current;
              return (
                <NavLink
                  key={page.path}
                  component={Link}
                  to={page.path}
                  label={page.label}
                  active={isCurrent}
                  aria-current={isCurrent ? 'page' : undefined}
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
