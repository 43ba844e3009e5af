import { useQuery } from '@tanstack/react-query';

import type { PolicyDocument } from '../../../domain/authority/policy.ts';
import { api } from '../../api/client.ts';
import type { CustomerHistory } from './types.ts';

export function useCustomerHistory(customerId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['approvals', 'customer', customerId],
    queryFn: ({ signal }) =>
      api<{ customer: CustomerHistory }>(`/api/customers/${customerId}`, { signal }),
    select: (data) => data.customer,
    enabled,
  });
}

const humanize = (key: string) => key.charAt(0).toUpperCase() + key.slice(1).replaceAll('_', ' ');

/** "refund" → "Refund", from the published policy's catalogue; the key, made readable, until it loads. */
export function useTypeLabel(): (type: string) => string {
  const policy = useQuery({
    queryKey: ['approvals', 'type-labels'],
    queryFn: ({ signal }) =>
      api<{ policy: { version: number; document: PolicyDocument } }>('/api/authority/policy', {
        signal,
      }),
    staleTime: 5 * 60_000,
  });
  const types = policy.data?.policy.document.resolutionTypes;
  return (type) => types?.find((t) => t.key === type)?.label ?? humanize(type);
}
