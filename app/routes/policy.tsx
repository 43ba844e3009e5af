import { Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';

import { Page } from '../components/Page.tsx';

// Loaded on demand: the editor brings the policy schema and validator (zod), which reps never need.
const PolicyEditor = lazy(() =>
  import('../features/policy/PolicyEditor.tsx').then((m) => ({ default: m.PolicyEditor })),
);

export function PolicyPage() {
  return (
    <Page
      title="Authority policy"
      description="What each level may decide on its own, for which resolution types, up to what amounts. Edit a draft, check it, publish it as a new version."
    >
      <Suspense
        fallback={<Loader size="sm" role="status" aria-label="Loading the policy editor" />}
      >
        <PolicyEditor />
      </Suspense>
    </Page>
  );
}
