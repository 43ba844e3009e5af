import { useQuery } from '@tanstack/react-query';

import { compilePolicy, type CompiledPolicy } from '../../../domain/authority/compile.ts';
import { policyDocumentSchema } from '../../../domain/authority/policy.ts';
import { api, withQuery } from '../../api/client.ts';
import type { MyAuthority, StoredPolicy } from './api-types.ts';
import { workspaceKeys } from './use-contacts.ts';

/**
 * The published policy, compiled once per version so the browser runs the same engine the server
 * runs. Null when the document does not parse here (an older app against a newer server): the
 * preview then steps aside and the server's answer is all the rep sees.
 */
function compile(data: { policy: StoredPolicy }): CompiledPolicy | null {
  const parsed = policyDocumentSchema.safeParse(data.policy.document);
  return parsed.success ? compilePolicy({ ...parsed.data, version: data.policy.version }) : null;
}

export function usePublishedPolicy() {
  return useQuery({
    queryKey: workspaceKeys.policy,
    queryFn: ({ signal }) => api<{ policy: StoredPolicy }>('/api/authority/policy', { signal }),
    select: compile,
    // A leader may publish while reps work; the version in authority/me also triggers a refetch.
    staleTime: 15_000,
  });
}

/** My usage and per-type allowances for this customer on this contact. */
export function useMyAuthority(customerId: string, contactId: string) {
  return useQuery({
    queryKey: workspaceKeys.myAuthority(customerId, contactId),
    queryFn: ({ signal }) =>
      api<MyAuthority>(withQuery('/api/authority/me', { customerId, contactId }), { signal }),
    staleTime: 10_000,
    // Budgets are shared with the rep's other tabs and the customer's other reps.
    refetchInterval: 30_000,
  });
}
