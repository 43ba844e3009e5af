import { lazy } from 'react';

import type { AppPage } from '../../page-manifest.ts';

export const trainerPages: AppPage[] = [
  {
    path: '/trainer',
    label: 'Trainer home',
    group: 'lead',
    ability: 'training.teach',
    component: lazy(() => import('./TodayPage.tsx').then((m) => ({ default: m.TodayPage }))),
  },
  {
    path: '/trainer/courses',
    label: 'Course builder',
    group: 'lead',
    ability: 'training.teach',
    component: lazy(() =>
      import('./CourseBuilderPage.tsx').then((m) => ({ default: m.CourseBuilderPage })),
    ),
  },
  {
    path: '/trainer/assignments',
    label: 'Assignments',
    group: 'lead',
    ability: 'training.teach',
    component: lazy(() =>
      import('./AssignmentsPage.tsx').then((m) => ({ default: m.AssignmentsPage })),
    ),
  },
  {
    path: '/trainer/progress',
    label: 'Training progress',
    group: 'lead',
    ability: 'training.teach',
    component: lazy(() => import('./ProgressPage.tsx').then((m) => ({ default: m.ProgressPage }))),
  },
];
