import { lazy } from 'react';

import type { AppPage } from '../../page-manifest.ts';

export const trainingPages: AppPage[] = [
  {
    path: '/training',
    label: 'Training',
    group: 'me',
    ability: 'training.learn',
    component: lazy(() => import('./TrainingPage.tsx').then((m) => ({ default: m.TrainingPage }))),
  },
];
