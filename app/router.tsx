import type { RouteObject } from 'react-router';

import { AppLayout } from './components/AppLayout.tsx';
import { RequireAuth } from './features/auth/RequireAuth.tsx';
import { RequireRole } from './features/auth/RequireRole.tsx';
import { ApprovalsPage } from './routes/approvals.tsx';
import { HomePage } from './routes/home.tsx';
import { LoginPage } from './routes/login.tsx';
import { NotFoundPage } from './routes/not-found.tsx';
import { PeoplePage } from './routes/people.tsx';
import { PolicyPage } from './routes/policy.tsx';
import { ProfilePage } from './routes/profile.tsx';
import { SettingsPage } from './routes/settings.tsx';
import { WorkspacePage } from './routes/workspace.tsx';

/** The route tree; main.tsx mounts it in a browser router, tests can mount it in a memory router. */
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    // Everything else needs a session; unknown paths too, so the 404 page never leaks the shell.
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'profile', element: <ProfilePage /> },
          { path: 'workspace', element: <WorkspacePage /> },
          {
            path: 'approvals',
            element: (
              <RequireRole ability="approvals.decide">
                <ApprovalsPage />
              </RequireRole>
            ),
          },
          {
            path: 'people',
            element: (
              <RequireRole ability="people.oversee">
                <PeoplePage />
              </RequireRole>
            ),
          },
          {
            path: 'policy',
            element: (
              <RequireRole ability="policy.manage">
                <PolicyPage />
              </RequireRole>
            ),
          },
          {
            path: 'settings',
            element: (
              <RequireRole ability="organization.update">
                <SettingsPage />
              </RequireRole>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
