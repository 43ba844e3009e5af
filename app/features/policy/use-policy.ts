import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { PolicyDocument } from '../../../domain/authority/policy.ts';
import { api, apiText } from '../../api/client.ts';
import type { DraftResponse, PolicyVersion, PublishOutcome, StoredPolicy } from './types.ts';

export const policyKeys = {
  all: ['policy'] as const,
  published: ['policy', 'published'] as const,
  draft: ['policy', 'draft'] as const,
  versions: ['policy', 'versions'] as const,
  cedar: ['policy', 'cedar'] as const,
};

export function usePublishedPolicy() {
  return useQuery({
    queryKey: policyKeys.published,
    queryFn: ({ signal }) => api<{ policy: StoredPolicy }>('/api/authority/policy', { signal }),
    select: (data) => data.policy,
  });
}

export function useDraftPolicy() {
  return useQuery({
    queryKey: policyKeys.draft,
    queryFn: ({ signal }) => api<DraftResponse>('/api/authority/policy/draft', { signal }),
    // The draft is edited here; a background refetch must not pull the rug from under the editor.
    staleTime: Infinity,
  });
}

export function usePolicyVersions() {
  return useQuery({
    queryKey: policyKeys.versions,
    queryFn: ({ signal }) =>
      api<{ versions: PolicyVersion[] }>('/api/authority/policy/versions', { signal }),
    select: (data) => data.versions,
  });
}

// Saves go one at a time, each from the draft the previous one returned, so autosave never races itself
// and a 409 really means another admin saved in between.
let saving: Promise<unknown> = Promise.resolve();

export function useSaveDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (document: PolicyDocument) => {
      const run = saving
        .catch(() => undefined)
        .then(() => {
          const baseUpdatedAt = queryClient.getQueryData<DraftResponse>(policyKeys.draft)?.draft
            ?.updatedAt;
          return api<{ draft: StoredPolicy; issues: DraftResponse['issues'] }>(
            '/api/authority/policy/draft',
            { method: 'PUT', body: { document, ...(baseUpdatedAt ? { baseUpdatedAt } : {}) } },
          );
        })
        .then((data) => {
          queryClient.setQueryData<DraftResponse>(policyKeys.draft, data);
          return data;
        });
      saving = run;
      return run;
    },
  });
}

export function useDiscardDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/authority/policy/draft', { method: 'DELETE' }),
    onSuccess: () =>
      queryClient.setQueryData<DraftResponse>(policyKeys.draft, { draft: null, issues: [] }),
  });
}

export function usePublishPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    // The draft as this admin last loaded or saved it: one changed since by someone else is refused.
    mutationFn: (note: string) => {
      const draftUpdatedAt = queryClient.getQueryData<DraftResponse>(policyKeys.draft)?.draft
        ?.updatedAt;
      return api<PublishOutcome>('/api/authority/policy/publish', {
        method: 'POST',
        body: { note, ...(draftUpdatedAt ? { draftUpdatedAt } : {}) },
      });
    },
    onSuccess: async (outcome) => {
      // A held draft stays the draft, now marked as waiting for a second admin.
      if (outcome.status === 'awaiting_second_admin')
        return queryClient.invalidateQueries({ queryKey: policyKeys.draft });
      queryClient.setQueryData<DraftResponse>(policyKeys.draft, { draft: null, issues: [] });
      await queryClient.invalidateQueries({
        queryKey: policyKeys.all,
        predicate: (q) => q.queryKey[1] !== 'draft',
      });
    },
  });
}

/** The published policy as Cedar text: fetched when asked for, since it is only wanted on export. */
export function useCedarExport(enabled: boolean) {
  return useQuery({
    queryKey: policyKeys.cedar,
    queryFn: ({ signal }) => apiText('/api/authority/policy/cedar', { signal }),
    enabled,
  });
}
