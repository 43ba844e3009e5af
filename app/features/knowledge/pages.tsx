import { lazy } from 'react';

import type { AppPage } from '../../page-manifest.ts';

export const knowledgePages: AppPage[] = [
  {
    path: '/knowledge',
    label: 'Knowledge',
    group: 'serve',
    ability: 'knowledge.read',
    component: lazy(() =>
      import('../../routes/knowledge.tsx').then((m) => ({ default: m.KnowledgePage })),
    ),
  },
  {
    path: '/knowledge/flags',
    label: 'Open flags',
    group: 'serve',
    ability: 'knowledge.read',
    component: lazy(() =>
      import('../../routes/knowledge-flags.tsx').then((m) => ({ default: m.KnowledgeFlagsPage })),
    ),
  },
];
