import { Loader } from '@mantine/core';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import type { RouteObject } from 'react-router';

/** Pages for someone not signed in, beside sign-in: following an invitation or a reset link. */
const publicPages: Array<{ path: string; component: LazyExoticComponent<ComponentType> }> = [
  {
    path: '/invitation',
    component: lazy(() =>
      import('../../routes/invitation.tsx').then((m) => ({ default: m.InvitationPage })),
    ),
  },
  {
    path: '/forgot-password',
    component: lazy(() =>
      import('../../routes/forgot-password.tsx').then((m) => ({ default: m.ForgotPasswordPage })),
    ),
  },
  {
    path: '/reset-password',
    component: lazy(() =>
      import('../../routes/reset-password.tsx').then((m) => ({ default: m.ResetPasswordPage })),
    ),
  },
];

export const accountLinkRoutes: RouteObject[] = publicPages.map(({ path, component: Page }) => ({
  path,
  element: (
    <Suspense fallback={<Loader size="sm" role="status" aria-label="Loading the page" />}>
      <Page />
    </Suspense>
  ),
}));
