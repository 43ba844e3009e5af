import { lazy } from 'react';

import type { AppPage } from '../../page-manifest.ts';

export const peoplePages: AppPage[] = [
  {
    path: '/profile',
    label: 'My profile',
    group: 'me',
    ability: null,
    component: lazy(() =>
      import('../../routes/profile.tsx').then((m) => ({ default: m.ProfilePage })),
    ),
  },
  {
    path: '/people',
    label: 'People',
    group: 'lead',
    ability: 'people.oversee',
    component: lazy(() =>
      import('../../routes/people.tsx').then((m) => ({ default: m.PeoplePage })),
    ),
  },
];
