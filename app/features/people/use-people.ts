import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { api, withQuery } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';

export function usePeople(q: string) {
  return useQuery({
    queryKey: ['people', q],
    queryFn: ({ signal }) => api<{ people: Person[] }>(withQuery('/api/people', { q }), { signal }),
    select: (data) => data.people,
    // Keep the last results on screen while the next search loads, instead of flashing empty.
    placeholderData: keepPreviousData,
  });
}
