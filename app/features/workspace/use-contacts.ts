import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { api } from '../../api/client.ts';
import type { Channel, Contact, ContactWithResolutions } from './api-types.ts';

export const workspaceKeys = {
  openContacts: ['contacts', 'open'] as const,
  contact: (id: string) => ['contact', id] as const,
  customerSearch: (q: string) => ['customers', 'search', q] as const,
  customer: (id: string) => ['customer', id] as const,
  /** Prefix of every authority/me query: usage changes whenever anything is granted. */
  authorityMe: ['authority', 'me'] as const,
  myAuthority: (customerId: string, contactId: string) =>
    ['authority', 'me', customerId, contactId] as const,
  policy: ['authority', 'policy'] as const,
  resolution: (id: string) => ['resolution', id] as const,
};

export function useOpenContacts() {
  return useQuery({
    queryKey: workspaceKeys.openContacts,
    queryFn: ({ signal }) =>
      api<{ contacts: Contact[] }>('/api/contacts?status=open&limit=50', { signal }),
    select: (data) => data.contacts,
  });
}

export function useContact(contactId: string) {
  return useQuery({
    queryKey: workspaceKeys.contact(contactId),
    queryFn: ({ signal }) => api<ContactWithResolutions>(`/api/contacts/${contactId}`, { signal }),
  });
}

/** A contact changed: its own record, the list of open ones, and the customer's history (which lists contacts). */
export function refreshContact(queryClient: QueryClient, data: ContactWithResolutions) {
  queryClient.setQueryData(workspaceKeys.contact(data.contact.id), data);
  void queryClient.invalidateQueries({ queryKey: workspaceKeys.openContacts });
}

export function useStartContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { customerId: string; channel: Channel; reason?: string }) =>
      api<ContactWithResolutions>('/api/contacts', { method: 'POST', body }),
    onSuccess: (data) => refreshContact(queryClient, data),
  });
}

export function useUpdateContact(contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: { notes?: string; reason?: string; customerId?: string }) =>
      api<ContactWithResolutions>(`/api/contacts/${contactId}`, { method: 'PATCH', body: changes }),
    onSuccess: (data, changes) => {
      // The notes field keeps its own text while mounted, so the saved copy only matters when it remounts.
      if (changes.customerId === undefined)
        queryClient.setQueryData(workspaceKeys.contact(contactId), data);
      else refreshContact(queryClient, data);
    },
  });
}

export function useCloseContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contactId: string) =>
      api<ContactWithResolutions>(`/api/contacts/${contactId}/close`, { method: 'POST' }),
    onSuccess: (data) => {
      refreshContact(queryClient, data);
      if (data.contact.customerId)
        void queryClient.invalidateQueries({
          queryKey: workspaceKeys.customer(data.contact.customerId),
        });
    },
  });
}
