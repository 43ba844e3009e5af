import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';

import { ApiError } from '../../api/client.ts';
import type { Ref } from '../../api/types.ts';
import { claimApproval, pendingKey, updatePending } from './use-approvals.ts';

/** Opening a request and staying on it this long picks it up; skimming past with j/k does not. */
export const CLAIM_AFTER_MS = 600;

/**
 * Picks the open request up once, so the rep sees who is deciding; not when someone already has.
 * Returns what went wrong per request, to show on its card.
 */
export function useClaimOnOpen(
  selectedId: string | null,
  claimable: boolean,
  me: Ref,
): ReadonlyMap<string, string> {
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState<ReadonlyMap<string, string>>(new Map());
  const claimed = useRef(new Set<string>());

  useEffect(() => {
    if (!selectedId || !claimable || claimed.current.has(selectedId)) return;
    const timer = setTimeout(() => {
      claimed.current.add(selectedId);
      claimApproval(selectedId).then(
        () =>
          updatePending(queryClient, (list) =>
            list.map((i) => (i.id === selectedId ? { ...i, claimedBy: me } : i)),
          ),
        (error: unknown) => {
          // Someone else got there first: fine, the refetch shows who.
          if (error instanceof ApiError && error.status === 409)
            void queryClient.invalidateQueries({ queryKey: pendingKey });
          else if (error instanceof Error)
            setProblems((current) => new Map(current).set(selectedId, error.message));
        },
      );
    }, CLAIM_AFTER_MS);
    return () => clearTimeout(timer);
  }, [selectedId, claimable, me, queryClient]);

  return problems;
}
