import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import type { PolicyDocument } from '../../../domain/authority/policy.ts';
import type { StoredPolicy } from './types.ts';
import type { DraftSaving } from './use-draft-saving.ts';
import { policyKeys, usePublishPolicy } from './use-policy.ts';

/** The version just published, as the server will answer for it. */
const justPublished = (version: number, note: string, document: PolicyDocument): StoredPolicy => {
  const now = new Date().toISOString();
  return {
    version,
    status: 'published',
    note,
    publishedAt: now,
    updatedAt: now,
    document,
    publishRequest: null,
    selfAffecting: false,
  };
};

/** Publishing: what is unsaved is saved first; a publication held for a second admin keeps the draft. */
export function usePublishDraft(draft: DraftSaving, serverDraft: StoredPolicy | null) {
  const queryClient = useQueryClient();
  const publishMutation = usePublishPolicy();
  const { saveNow, latest, setLocal, setSavedDoc } = draft;
  const publish = useCallback(
    async (note: string) => {
      if (latest.current.dirty) await saveNow();
      const publishing = latest.current.local ?? serverDraft?.document;
      const outcome = await publishMutation.mutateAsync(note);
      if (outcome.status === 'awaiting_second_admin') return outcome;
      // Show the new version at once rather than the old one until the refetch lands.
      if (publishing)
        queryClient.setQueryData(policyKeys.published, {
          policy: justPublished(outcome.version, note, publishing),
        });
      setLocal(null);
      setSavedDoc(null);
      return outcome;
    },
    [saveNow, latest, serverDraft, publishMutation, queryClient, setLocal, setSavedDoc],
  );
  return { publishMutation, publish };
}
