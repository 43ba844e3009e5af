import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '../../api/client.ts';
import { usePagedList } from '../../api/use-paged-list.ts';
import type { ImportInvitations, Invitation, NewInvitation, SentInvitation } from './types.ts';

const invitationsKey = ['invitations'] as const;

/** The open invitations, a page at a time (the server's page ceiling is 200; a screen shows fewer). */
export function useInvitations() {
  return usePagedList<'invitations', Invitation>({
    key: invitationsKey,
    path: '/api/invitations',
    field: 'invitations',
    pageSize: 50,
  });
}

/** After an invitation changes, the pending list and the people list (an invitee is a person) are refetched. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: invitationsKey }),
      queryClient.invalidateQueries({ queryKey: ['people'] }),
    ]);
}

export function useInvite() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (invitation: NewInvitation) =>
      api<SentInvitation>('/api/invitations', { method: 'POST', body: invitation }),
    onSuccess: refresh,
  });
}

export function useResendInvitation() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) =>
      api<SentInvitation>(`/api/invitations/${id}/resend`, { method: 'POST', body: {} }),
    onSuccess: refresh,
  });
}

export function useRevokeInvitation() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) =>
      api<{ invitation: Invitation }>(`/api/invitations/${id}/revoke`, {
        method: 'POST',
        body: {},
      }),
    onSuccess: refresh,
  });
}

/** Invites whoever an applied people import brought in who cannot sign in yet (a second call invites nobody). */
export function useInviteImported() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (importId: string) =>
      api<ImportInvitations>(`/api/imports/${importId}/invitations`, { method: 'POST', body: {} }),
    onSuccess: refresh,
  });
}
