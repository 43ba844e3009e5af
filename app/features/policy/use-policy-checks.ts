import { useMemo } from 'react';

import { policyDocumentSchema, type PolicyDocument } from '../../../domain/authority/policy.ts';
import { validatePolicy, type PolicyIssue } from '../../../domain/authority/validate.ts';
import { ApiError } from '../../api/client.ts';
import { diffPolicies, type Change } from './policy-diff.ts';
import { indexIssues, withoutEchoes, type IssueIndex } from './policy-issues.ts';
import type { DraftSaving } from './use-draft-saving.ts';
import type { useDraftPolicy } from './use-policy.ts';

/** The document's shape, its problems (indexed by where they are shown) and its changes from the published version. */
export function usePolicyChecks(options: {
  doc: PolicyDocument | undefined;
  base: PolicyDocument | undefined;
  timeZone: string;
  draft: DraftSaving;
  draftData: ReturnType<typeof useDraftPolicy>['data'];
}) {
  const { doc, base, timeZone, draft, draftData } = options;
  const derived = useMemo(() => {
    if (!doc || !base) return null;
    const structural = policyDocumentSchema.safeParse(doc).success;
    const validation = validatePolicy(doc);
    return {
      structural,
      clientIssues: validation.ok ? [] : validation.issues,
      changes: diffPolicies(base, doc, timeZone),
    };
  }, [doc, base, timeZone]);

  // What the server said about the draft is shown once it describes what is on screen; until then, our own check.
  const { save, dirty, failedDoc } = draft;
  const saveError =
    save.error instanceof ApiError && save.error.field?.startsWith('document') ? save.error : null;
  const issues: PolicyIssue[] = useMemo(() => {
    const raw = !dirty && draftData?.draft ? draftData.issues : (derived?.clientIssues ?? []);
    const list = doc ? withoutEchoes(doc, raw) : raw;
    return saveError && failedDoc === doc
      ? [...list, { path: saveError.field ?? 'document', message: saveError.message }]
      : list;
  }, [dirty, draftData, derived, saveError, failedDoc, doc]);
  const issueIndex: IssueIndex | null = useMemo(
    () => (doc ? indexIssues(doc, issues) : null),
    [doc, issues],
  );
  return {
    /** False while the document does not even have the right shape: it cannot be saved until fixed. */
    structural: derived?.structural ?? false,
    issues,
    issueIndex,
    changes: derived?.changes ?? ([] as Change[]),
  };
}
