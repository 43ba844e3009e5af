import { lazy } from 'react';

import type { AppPage } from '../../page-manifest.ts';

export const auditPages: AppPage[] = [
  {
    path: '/audit',
    label: 'Audit',
    group: 'admin',
    ability: 'ledger.verify',
    component: lazy(() => import('../../routes/audit.tsx').then((m) => ({ default: m.AuditPage }))),
  },
];
