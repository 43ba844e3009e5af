import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';

import type { updatePersonBody } from '../../../contract/people.ts';
import { api } from '../../api/client.ts';
import type { AuthorityLevel, Person } from '../../api/types.ts';

/** What the admin drawer changes of a person (PATCH /api/people/:id takes more). */
export type PersonChanges = Pick<
  z.input<typeof updatePersonBody>,
  'levelKey' | 'teamId' | 'managerId'
>;

export function useAuthorityLevels() {
  return useQuery({
    queryKey: ['authority-levels'],
    queryFn: ({ signal }) => api<{ levels: AuthorityLevel[] }>('/api/authority-levels', { signal }),
    select: (data) => data.levels,
    staleTime: 5 * 60_000,
  });
}

export function useUpdatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: PersonChanges }) =>
      api<{ person: Person }>(`/api/people/${id}`, { method: 'PATCH', body: changes }),
    // Names, teams and managers show in several lists; refetch them rather than patch each.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['people'] }),
        queryClient.invalidateQueries({ queryKey: ['teams'] }),
      ]),
  });
}
