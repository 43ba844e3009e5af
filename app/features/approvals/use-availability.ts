import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '../../api/client.ts';
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
