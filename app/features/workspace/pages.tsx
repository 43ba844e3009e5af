import { lazy } from 'react';

import type { AppPage } from '../../page-manifest.ts';

export const workspacePages: AppPage[] = [
  {
    path: '/workspace',
    label: 'Workspace',
    group: 'serve',
    ability: null,
    component: lazy(() =>
      import('../../routes/workspace.tsx').then((m) => ({ default: m.WorkspacePage })),
    ),
  },
];
