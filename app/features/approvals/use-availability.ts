import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';
import type { Availability } from './types.ts';

const availabilityKey = ['approvals', 'availability'] as const;
type AvailabilityResponse = { availability: Availability };

export function useAvailability() {
  return useQuery({
    queryKey: availabilityKey,
    queryFn: ({ signal }) => api<AvailabilityResponse>('/api/me/availability', { signal }),
    select: (data) => data.availability,
  });
}

export type AvailabilityChange = {
  available: boolean;
  awayUntil: string | null;
  delegateId: string | null;
};

export function useSetAvailability() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: AvailabilityChange) =>
      api<AvailabilityResponse>('/api/me/availability', { method: 'PUT', body: change }),
    onSuccess: (data) => queryClient.setQueryData(availabilityKey, data),
  });
}

const approverRoles: readonly string[] = ['approver', 'team_leader', 'admin'];

/** Who can stand in while I am away: active people whose role decides approvals, not me. */
export function useDelegateCandidates(myId: string) {
  return useQuery({
    queryKey: ['approvals', 'delegates'],
    queryFn: ({ signal }) => api<{ people: Person[] }>('/api/people', { signal }),
    select: (data) =>
      data.people.filter((p) => p.active && p.id !== myId && approverRoles.includes(p.role)),
  });
}
