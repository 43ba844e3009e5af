import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { api } from '../../api/client.ts';
import type { Resolution } from './api-types.ts';
import { workspaceKeys } from './use-contacts.ts';

export type ResolutionRequest = {
  contactId: string;
  type: string;
  amount: number;
  currency: string;
  reason: string;
  idempotencyKey: string;
  orderId?: string;
  requestApproval: boolean;
};

/** A resolution moved: everything that shows budgets, the contact's list, or the customer's history. */
export function refreshAfterResolution(
  queryClient: QueryClient,
  contactId?: string,
  customerId?: string,
) {
  void queryClient.invalidateQueries({ queryKey: workspaceKeys.authorityMe });
  void queryClient.invalidateQueries({
    queryKey: contactId ? workspaceKeys.contact(contactId) : ['contact'],
  });
  void queryClient.invalidateQueries({
    queryKey: customerId ? workspaceKeys.customer(customerId) : ['customer'],
  });
}

export function useResolution(resolutionId: string | null) {
  return useQuery({
    queryKey: workspaceKeys.resolution(resolutionId ?? ''),
    queryFn: ({ signal }) =>
      api<{ resolution: Resolution }>(`/api/resolutions/${resolutionId}`, { signal }),
    select: (data) => data.resolution,
    enabled: resolutionId !== null,
  });
}

export function useRequestResolution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ contactId, ...body }: ResolutionRequest) =>
      api<{ resolution: Resolution }>(`/api/contacts/${contactId}/resolutions`, {
        method: 'POST',
        body,
      }),
    onSuccess: (data) => {
      // The notice only comes with this answer; keep it out of the cached record that refetches replace.
      const { notice: _notice, ...resolution } = data.resolution;
      queryClient.setQueryData(workspaceKeys.resolution(resolution.id), { resolution });
      refreshAfterResolution(queryClient, resolution.contactId, resolution.customerId);
    },
  });
}

export function useWithdrawRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ approvalId }: { approvalId: string; resolution: Resolution }) =>
      api<void>(`/api/approvals/${approvalId}/cancel`, { method: 'POST' }),
    onSettled: (_data, _error, { resolution }) => {
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.resolution(resolution.id) });
      refreshAfterResolution(queryClient, resolution.contactId, resolution.customerId);
    },
  });
}
