import { approvalPages } from './features/approvals/pages.tsx';
import { auditPages } from './features/audit/pages.tsx';
import { importPages } from './features/imports/pages.tsx';
import { knowledgeInsightsPages } from './features/knowledge-insights/pages.tsx';
import { knowledgePages } from './features/knowledge/pages.tsx';
import { organizationPages } from './features/organization/pages.tsx';
import { peoplePages } from './features/people/pages.tsx';
import { policyPages } from './features/policy/pages.tsx';
import { trainerPages } from './features/trainer/pages.tsx';
import { trainingPages } from './features/training/pages.tsx';
import { workspacePages } from './features/workspace/pages.tsx';
import type { AppPage } from './page-manifest.ts';

/** Every signed-in page, one line per feature; within a navigation group they show in this order. */
export const pages: readonly AppPage[] = [
  ...organizationPages,
  ...trainingPages,
  ...peoplePages,
  ...workspacePages,
  ...approvalPages,
  ...knowledgePages,
  ...knowledgeInsightsPages,
  ...trainerPages,
  ...policyPages,
  ...importPages,
  ...auditPages,
];
