import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';
import { useSession } from '../auth/session.ts';
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

/** Who can stand in while I am away: active people whose role decides approvals, not me. */
export function useDelegateCandidates(myId: string) {
  // The server says which roles decide approvals; the app keeps no copy of the ability table.
  const { delegateRoles } = useSession();
  return useQuery({
    queryKey: ['approvals', 'delegates'],
    queryFn: ({ signal }) => api<{ people: Person[] }>('/api/people', { signal }),
    select: (data) =>
      data.people.filter((p) => p.active && p.id !== myId && delegateRoles.includes(p.role)),
  });
}
