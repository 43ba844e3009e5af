import { Loader } from '@mantine/core';
import { Suspense } from 'react';
import type { RouteObject } from 'react-router';

import { AppLayout } from './components/AppLayout.tsx';
import { accountLinkRoutes } from './features/auth/public-pages.tsx';
import { RequireAuth } from './features/auth/RequireAuth.tsx';
import { RequireRole } from './features/auth/RequireRole.tsx';
import type { AppPage } from './page-manifest.ts';
import { pages } from './pages.ts';
import { LoginPage } from './routes/login.tsx';
import { NotFoundPage } from './routes/not-found.tsx';
import { SetupPage } from './routes/setup.tsx';

/** A page's route: its ability checked before its code is even loaded. */
function pageRoute(page: AppPage): RouteObject {
  const Component = page.component;
  const content = (
    <Suspense fallback={<Loader size="sm" role="status" aria-label="Loading the page" />}>
      <Component />
    </Suspense>
  );
  const element =
    page.ability === null ? content : <RequireRole ability={page.ability}>{content}</RequireRole>;
  return page.path === '/' ? { index: true, element } : { path: page.path.slice(1), element };
}

/** The route tree; main.tsx mounts it in a browser router, tests can mount it in a memory router. */
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  ...accountLinkRoutes,
  { path: '/setup', element: <SetupPage /> },
  {
    // Everything else needs a session; unknown paths too, so the 404 page never leaks the shell.
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [...pages.map(pageRoute), { path: '*', element: <NotFoundPage /> }],
      },
    ],
  },
];
