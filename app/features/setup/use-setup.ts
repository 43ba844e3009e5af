import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '../../api/client.ts';
import type { Session } from '../../api/types.ts';
import { meQueryKey } from '../auth/use-me.ts';
import type { PolicyTemplate, SetupRequest, SetupStatus } from './types.ts';

export const setupQueryKey = ['setup'] as const;

/** Whether this deployment still has no organization, so the visitor is sent to setup, not sign-in. */
export function useSetupStatus() {
  return useQuery({
    queryKey: setupQueryKey,
    queryFn: ({ signal }) => api<SetupStatus>('/api/setup', { signal }),
    // Open or closed changes once in a deployment's life; a stale "open" is caught by the server's 409.
    staleTime: 60_000,
  });
}

export function usePolicyTemplates() {
  return useQuery({
    queryKey: ['policy-templates'],
    queryFn: ({ signal }) =>
      api<{ templates: PolicyTemplate[] }>('/api/policy-templates', { signal }),
    select: (data) => data.templates,
    staleTime: Infinity,
  });
}

export function useSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SetupRequest) =>
      api<Session>('/api/setup', { method: 'POST', body: request }),
    onSuccess: (session) => {
      queryClient.removeQueries();
      queryClient.setQueryData<SetupStatus>(setupQueryKey, { open: false });
      queryClient.setQueryData(meQueryKey, session);
    },
  });
}
