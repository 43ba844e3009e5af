import { lazy } from 'react';

import type { AppPage } from '../../page-manifest.ts';

export const workspacePages: AppPage[] = [
  {
    path: '/workspace',
    label: 'Workspace',
    group: 'serve',
    // Every role that serves customers; not the auditor, who reads the evidence and serves no one.
    ability: 'contacts.handle',
    component: lazy(() =>
      import('../../routes/workspace.tsx').then((m) => ({ default: m.WorkspacePage })),
    ),
  },
];
