import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import type { ApprovalItem } from './types.ts';
import { pendingKey } from './use-approvals.ts';

/** A request escalates out of (or into) reach at its deadline; look again just after it. */
export function useEscalationRefresh(items: readonly ApprovalItem[]): void {
  const queryClient = useQueryClient();
  const nextEscalation = Math.min(
    ...items.map((i) => (i.escalatesAt ? Date.parse(i.escalatesAt) : Infinity)),
  );
  useEffect(() => {
    if (!Number.isFinite(nextEscalation)) return;
    const timer = setTimeout(
      () => void queryClient.invalidateQueries({ queryKey: pendingKey }),
      Math.max(0, nextEscalation - Date.now()) + 1500,
    );
    return () => clearTimeout(timer);
  }, [nextEscalation, queryClient]);
}
