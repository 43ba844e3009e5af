import { lazy } from 'react';

import type { AppPage } from '../../page-manifest.ts';

export const importPages: AppPage[] = [
  {
    path: '/imports',
    label: 'Import',
    group: 'admin',
    ability: 'imports.manage',
    component: lazy(() =>
      import('../../routes/imports.tsx').then((m) => ({ default: m.ImportsPage })),
    ),
  },
];
