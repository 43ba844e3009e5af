import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';

import type { approvalDecidedResponse } from '../../../contract/approvals.ts';
import { api } from '../../api/client.ts';
import type { ApprovalItem } from './types.ts';

export const pendingKey = ['approvals', 'pending'] as const;
export const decidedKey = ['approvals', 'decided'] as const;

type ApprovalList = { approvals: ApprovalItem[] };

export function usePendingApprovals() {
  return useQuery({
    queryKey: pendingKey,
    queryFn: ({ signal }) => api<ApprovalList>('/api/approvals?status=pending', { signal }),
    select: (data) => data.approvals,
    // Live events only reach the approvers a request was routed to; anyone else who may decide it
    // still sees it within this interval.
    refetchInterval: 20_000,
    staleTime: 0,
  });
}

export function useDecidedApprovals(enabled: boolean) {
  return useQuery({
    queryKey: decidedKey,
    queryFn: ({ signal }) => api<ApprovalList>('/api/approvals?status=decided', { signal }),
    select: (data) => data.approvals,
    enabled,
  });
}

/** Changes the cached queue at once, so a decided or claimed request updates before the refetch lands. */
export function updatePending(
  queryClient: QueryClient,
  change: (items: ApprovalItem[]) => ApprovalItem[],
): void {
  queryClient.setQueryData<ApprovalList>(pendingKey, (data) =>
    data ? { approvals: change(data.approvals) } : data,
  );
}

export type Decision =
  { action: 'approve'; note: string; amount?: number } | { action: 'deny'; note: string };
export type DecisionResult = z.infer<typeof approvalDecidedResponse>;

export function useDecideApproval(approvalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: Decision) => {
      const body =
        decision.action === 'approve' && decision.amount !== undefined
          ? { note: decision.note, amount: decision.amount }
          : { note: decision.note };
      return api<DecisionResult>(`/api/approvals/${approvalId}/${decision.action}`, {
        method: 'POST',
        body,
      });
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: decidedKey }),
  });
}

/** "Aisha is looking at this": tells the rep and the other approvers who picked the request up. */
export function claimApproval(approvalId: string): Promise<void> {
  return api<void>(`/api/approvals/${approvalId}/claim`, { method: 'POST' });
}
