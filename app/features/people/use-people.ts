import { useQuery } from '@tanstack/react-query';

import { api } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';
import { usePagedList } from '../../api/use-paged-list.ts';
import { PEOPLE_PAGE_SIZE } from './page-size.ts';

/** Everyone matching `q` (name or e-mail, searched by the server), a page at a time. */
export function usePeople(q: string) {
  return usePagedList<'people', Person>({
    key: ['people', 'list'],
    path: '/api/people',
    field: 'people',
    params: { q },
    pageSize: PEOPLE_PAGE_SIZE,
  });
}

/** One person by id, for a name a record carries only as an id. */
export function usePerson(id: string | null) {
  return useQuery({
    queryKey: ['people', 'one', id],
    queryFn: ({ signal }) => api<{ person: Person }>(`/api/people/${id}`, { signal }),
    select: (data) => data.person,
    enabled: id !== null,
  });
}
