import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { api, withQuery } from '../../api/client.ts';
import type { CustomerProfile, CustomerSummary } from './api-types.ts';
import { workspaceKeys } from './use-contacts.ts';

/** Type-ahead search by name, email, phone digits or reference; nothing is asked for fewer than two characters. */
export function useCustomerSearch(q: string) {
  return useQuery({
    queryKey: workspaceKeys.customerSearch(q),
    queryFn: ({ signal }) =>
      api<{ customers: CustomerSummary[] }>(withQuery('/api/customers', { q, limit: '8' }), {
        signal,
      }),
    select: (data) => data.customers,
    enabled: q.length >= 2,
    // Keeps the last results on screen while the next keystroke's answer is on its way.
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function customerQuery(customerId: string) {
  return {
    queryKey: workspaceKeys.customer(customerId),
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      api<{ customer: CustomerProfile }>(`/api/customers/${customerId}`, { signal }),
  };
}

export function useCustomer(customerId: string) {
  return useQuery({ ...customerQuery(customerId), select: (data) => data.customer });
}
