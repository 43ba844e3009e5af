import { lazy } from 'react';

import type { AppPage } from '../../page-manifest.ts';

export const approvalPages: AppPage[] = [
  {
    path: '/approvals',
    label: 'Approvals',
    group: 'serve',
    ability: 'approvals.decide',
    component: lazy(() =>
      import('../../routes/approvals.tsx').then((m) => ({ default: m.ApprovalsPage })),
    ),
  },
];
