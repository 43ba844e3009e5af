import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';

import type { requestResolutionBody } from '../../../contract/resolutions.ts';
import { api } from '../../api/client.ts';
import type { Resolution } from './api-types.ts';
import { workspaceKeys } from './use-contacts.ts';

/** The body the workspace always sends in full, and the contact it goes to. */
export type ResolutionRequest = { contactId: string } & Required<
  Omit<z.input<typeof requestResolutionBody>, 'orderId'>
> &
  Pick<z.input<typeof requestResolutionBody>, 'orderId'>;

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
