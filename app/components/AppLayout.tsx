import { AppShell, Container, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Outlet, useLocation, useNavigate } from 'react-router';

import { useLiveEvents } from '../features/live/live-events.ts';
import { MainNav } from './MainNav.tsx';
import { ShellHeader } from './ShellHeader.tsx';

const navId = 'main-navigation';

/** The frame around every signed-in page: header, ability-aware navbar (a drawer below `sm`), content. */
export function AppLayout() {
  const [navOpened, nav] = useDisclosure(false);
  const theme = useMantineTheme();
  const isDesktop = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true, {
    getInitialValueInEffect: false,
  });
  const location = useLocation();
  const navigate = useNavigate();
  // A call for me pops the caller's contact whatever page I am on; the workspace itself handles it there.
  useLiveEvents(['contact.popped'], (event) => {
    if (location.pathname !== '/workspace')
      navigate(`/workspace?contact=${String(event.data.contactId)}`);
  });

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <ShellHeader navOpened={navOpened} onToggleNav={nav.toggle} navId={navId} />
      </AppShell.Header>
      {/* A collapsed mobile navbar is only slid off-screen; inert keeps it out of the tab order. */}
      {/* The navbar is as tall as the window; a role with many pages scrolls it (overflow). */}
      <AppShell.Navbar
        id={navId}
        aria-label="Main"
        p="sm"
        inert={!isDesktop && !navOpened}
        style={{ overflowY: 'auto' }}
      >
        <MainNav onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Container size="lg" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
