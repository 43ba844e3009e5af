import { lazy } from 'react';

import type { AppPage } from '../../page-manifest.ts';

export const organizationPages: AppPage[] = [
  {
    path: '/',
    label: 'Home',
    group: 'me',
    ability: null,
    component: lazy(() => import('../../routes/home.tsx').then((m) => ({ default: m.HomePage }))),
  },
  {
    path: '/settings',
    label: 'Settings',
    group: 'admin',
    ability: 'organization.update',
    component: lazy(() =>
      import('../../routes/settings.tsx').then((m) => ({ default: m.SettingsPage })),
    ),
  },
];
