import { lazy } from 'react';

import type { AppPage } from '../../page-manifest.ts';

export const policyPages: AppPage[] = [
  {
    path: '/policy',
    label: 'Policy',
    group: 'lead',
    ability: 'policy.manage',
    component: lazy(() =>
      import('../../routes/policy.tsx').then((m) => ({ default: m.PolicyPage })),
    ),
  },
];
