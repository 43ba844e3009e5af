import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '../../api/client.ts';
import type { Organization, Session } from '../../api/types.ts';
import { meQueryKey } from '../auth/use-me.ts';

export const organizationQueryKey = ['organization'] as const;

export type OrganizationChanges = Partial<
  Pick<Organization, 'name' | 'vision' | 'timeZone' | 'certificationGraceDays'>
>;

export function useOrganization() {
  return useQuery({
    queryKey: organizationQueryKey,
    queryFn: ({ signal }) => api<{ organization: Organization }>('/api/organization', { signal }),
    select: (data) => data.organization,
  });
}

export function useUpdateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: OrganizationChanges) =>
      api<{ organization: Organization }>('/api/organization', { method: 'PATCH', body: changes }),
    onSuccess: (data) => {
      queryClient.setQueryData(organizationQueryKey, data);
      // The header and the Home page read the organization from the session; update them in place.
      queryClient.setQueryData<Session>(meQueryKey, (session) =>
        session ? { ...session, organization: data.organization } : session,
      );
    },
  });
}
