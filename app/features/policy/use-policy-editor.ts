import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import type { PolicyDocument } from '../../../domain/authority/policy.ts';
import type { StoredPolicy } from './types.ts';
import { saveStateOf, useAutosave, useDraftSaving, type DraftSaving } from './use-draft-saving.ts';
import { usePolicyChecks } from './use-policy-checks.ts';
import { policyKeys, useDiscardDraft, useDraftPolicy, usePublishedPolicy } from './use-policy.ts';
import { usePublishDraft } from './use-publish-draft.ts';

export type { SaveState } from './use-draft-saving.ts';

export type PolicyEditor = ReturnType<typeof usePolicyEditor>;

/** Editing starts from the draft as last loaded or saved, or else from the published version. */
function useEdit(draft: DraftSaving, base: PolicyDocument | undefined) {
  const queryClient = useQueryClient();
  const { setLocal } = draft;
  return useCallback(
    (change: (doc: PolicyDocument) => PolicyDocument) => {
      setLocal((current) => {
        const from =
          current ??
          queryClient.getQueryData<{ draft: StoredPolicy | null }>(policyKeys.draft)?.draft
            ?.document ??
          base;
        return from ? change(from) : current;
      });
    },
    [queryClient, base, setLocal],
  );
}

/** Throwing the draft away, on the server too once there is one there. */
function useDiscard(draft: DraftSaving, serverDraft: StoredPolicy | null) {
  const discardDraft = useDiscardDraft();
  const { savedDoc, save, setLocal, setSavedDoc, setFailedDoc } = draft;
  const discard = useCallback(async () => {
    if (serverDraft || savedDoc) await discardDraft.mutateAsync();
    setLocal(null);
    setSavedDoc(null);
    setFailedDoc(null);
    save.reset();
  }, [serverDraft, savedDoc, discardDraft, save, setLocal, setSavedDoc, setFailedDoc]);
  return { discard, discarding: discardDraft.isPending };
}

/**
 * The document being edited and everything derived from it. Edits apply at once (so validation and
 * the diff follow every keystroke) and are saved as the draft shortly after the admin pauses.
 */
export function usePolicyEditor(timeZone: string) {
  const published = usePublishedPolicy();
  const draftQuery = useDraftPolicy();
  const draft = useDraftSaving();
  const serverDraft = draftQuery.data?.draft ?? null;
  const base = published.data?.document;
  const doc = draft.local ?? serverDraft?.document ?? base;
  const checks = usePolicyChecks({ doc, base, timeZone, draft, draftData: draftQuery.data });
  useAutosave(draft, checks.structural);
  const { publishMutation, publish } = usePublishDraft(draft, serverDraft);
  const edit = useEdit(draft, base);
  const { discard, discarding } = useDiscard(draft, serverDraft);
  const hasDraft = serverDraft !== null || draft.local !== null;

  return {
    loading: published.isPending || draftQuery.isPending,
    loadError: published.error ?? draftQuery.error,
    published: published.data ?? null,
    serverDraft,
    doc: doc ?? null,
    base: base ?? null,
    hasDraft,
    dirty: draft.dirty,
    saveState: saveStateOf(draft, hasDraft),
    savedAt: serverDraft?.updatedAt ?? null,
    saveError: draft.save.error,
    ...checks,
    edit,
    saveNow: draft.saveNow,
    discard,
    discarding,
    publish,
    publishing: publishMutation.isPending,
    publishError: publishMutation.error,
    resetPublish: publishMutation.reset,
  };
}
