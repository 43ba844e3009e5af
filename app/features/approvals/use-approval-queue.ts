import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';

import type { Ref } from '../../api/types.ts';
import { decidedMessage } from './decided-message.ts';
import type { DecisionMode } from './DecisionForm.tsx';
import { stepIndex } from './queue-keys.ts';
import type { ApprovalItem } from './types.ts';
import { updatePending, type Decision, type DecisionResult } from './use-approvals.ts';
import { useClaimOnOpen } from './use-claim-on-open.ts';
import { useEscalationRefresh } from './use-escalation-refresh.ts';
import type { LiveQueue } from './use-live-queue.ts';
import { useQueueKeys } from './use-queue-keys.ts';

const goneFallback =
  'This request is no longer waiting: someone else decided it, the rep withdrew it, or it moved to a higher level.';

type QueueOptions = { items: ApprovalItem[]; me: Ref; live: LiveQueue; active: boolean };

/**
 * The open request, as last seen: if it leaves the queue while open, it stays on screen, marked, in
 * its place by age, until the approver removes it.
 */
function useKeptSelection(items: ApprovalItem[]) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [kept, setKept] = useState<ApprovalItem | null>(null);
  const fresh = items.find((i) => i.id === selectedId);
  if (fresh && fresh !== kept) setKept(fresh);
  const keptGone = selectedId && !fresh && kept?.id === selectedId ? kept : null;
  const shown = keptGone
    ? [...items, keptGone].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    : items;
  return { selectedId, setSelectedId, fresh, keptGone, shown, forget: () => setKept(null) };
}

/** Focus lands on a request's header after the render that opens or closes its card. */
function useHeaders() {
  const headers = useRef(new Map<string, HTMLButtonElement>());
  const focusHeader = useCallback((id: string | undefined) => {
    if (!id) return;
    requestAnimationFrame(() => {
      const header = headers.current.get(id);
      header?.focus();
      header?.scrollIntoView({ block: 'nearest' });
    });
  }, []);
  const headerRef = (id: string) => (element: HTMLButtonElement | null) => {
    if (element) headers.current.set(id, element);
    else headers.current.delete(id);
  };
  const focusedIndex = (shown: readonly ApprovalItem[]) =>
    shown.findIndex((i) => headers.current.get(i.id) === document.activeElement);
  return { focusHeader, headerRef, focusedIndex };
}

/** The mode, and a counter bumped on every request for one, so pressing the same key again still brings focus back. */
function useMode() {
  const [mode, setModeState] = useState<DecisionMode>('idle');
  const [modeRequest, setModeRequest] = useState(0);
  const setMode = useCallback((next: DecisionMode) => {
    setModeState(next);
    setModeRequest((n) => n + 1);
  }, []);
  const resetMode = useCallback(() => setModeState('idle'), []);
  return { mode, modeRequest, setMode, resetMode };
}

/** Everything the approval queue remembers and does: selection, keyboard, claiming, answering. */
export function useApprovalQueue({ items, me, live, active }: QueueOptions) {
  const queryClient = useQueryClient();
  const { selectedId, setSelectedId, fresh, keptGone, shown, forget } = useKeptSelection(items);
  const { mode, modeRequest, setMode, resetMode } = useMode();
  const { focusHeader, headerRef, focusedIndex } = useHeaders();
  const [notice, setNotice] = useState<string | null>(null);
  const claimProblems = useClaimOnOpen(
    selectedId,
    fresh !== undefined && fresh.claimedBy === null,
    me,
  );
  useEscalationRefresh(items);

  const open = useCallback(
    (id: string | null) => {
      setSelectedId(id);
      resetMode();
      if (id) live.markSeen(id);
    },
    [live, setSelectedId, resetMode],
  );
  const dismiss = (id: string) => {
    const index = shown.findIndex((i) => i.id === id);
    updatePending(queryClient, (list) => list.filter((i) => i.id !== id));
    open(null);
    forget();
    focusHeader(shown[index + 1]?.id ?? shown[index - 1]?.id);
  };
  const cancel = useCallback(() => {
    if (!selectedId) return;
    if (mode !== 'idle') setMode('idle');
    else open(null);
    focusHeader(selectedId);
  }, [selectedId, mode, open, focusHeader, setMode]);
  const move = (delta: number) => {
    const selectedIndex = shown.findIndex((i) => i.id === selectedId);
    const target =
      shown[
        stepIndex(selectedIndex >= 0 ? selectedIndex : focusedIndex(shown), delta, shown.length)
      ];
    if (!target) return;
    open(target.id);
    focusHeader(target.id);
  };
  const decide = (next: DecisionMode) => {
    if (!shown.some((i) => i.id === selectedId) || keptGone) return;
    setMode(next);
  };
  useQueueKeys({ active, move, decide, cancel });

  return {
    shown,
    selectedId,
    mode,
    modeRequest,
    setMode,
    notice,
    dismissNotice: () => setNotice(null),
    claimProblems,
    headerRef,
    goneReasonOf: (item: ApprovalItem) =>
      item === keptGone ? (live.goneReasons.get(item.id) ?? goneFallback) : null,
    toggle: (id: string) => open(id === selectedId ? null : id),
    cancel,
    dismiss,
    decided: (item: ApprovalItem) => (result: DecisionResult, decision: Decision) => {
      setNotice(decidedMessage(item, result, decision));
      dismiss(item.id);
    },
  };
}
