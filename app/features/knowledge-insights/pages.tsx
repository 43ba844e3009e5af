import { lazy } from 'react';

import type { AppPage } from '../../page-manifest.ts';

export const knowledgeInsightsPages: AppPage[] = [
  {
    path: '/knowledge/insights',
    label: 'Knowledge insights',
    group: 'lead',
    ability: 'knowledge.metrics',
    component: lazy(() => import('./InsightsPage.tsx').then((m) => ({ default: m.InsightsPage }))),
  },
  {
    path: '/knowledge/review',
    label: 'Score articles',
    group: 'lead',
    ability: 'knowledge.coach',
    component: lazy(() => import('./ReviewPage.tsx').then((m) => ({ default: m.ReviewPage }))),
  },
];
