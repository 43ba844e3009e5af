import { useQuery } from '@tanstack/react-query';

import { api } from '../../api/client.ts';
import type { Session } from '../../api/types.ts';

export const meQueryKey = ['me'] as const;

export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => api<Session>('/api/me', { signal }),
  });
}
