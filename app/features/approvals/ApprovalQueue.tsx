import { CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';

import { formatMoney } from '../../../domain/money.ts';
import { ApiError } from '../../api/client.ts';
import type { Ref } from '../../api/types.ts';
import { ApprovalCard } from './ApprovalCard.tsx';
import type { DecisionMode } from './DecisionForm.tsx';
import type { ApprovalItem } from './types.ts';
import {
  claimApproval,
  pendingKey,
  updatePending,
  type Decision,
  type DecisionResult,
} from './use-approvals.ts';
import type { LiveQueue } from './use-live-queue.ts';

/** Opening a request and staying on it this long picks it up; skimming past with j/k does not. */
const CLAIM_AFTER_MS = 600;

type ApprovalQueueProps = {
  items: ApprovalItem[];
  me: Ref;
  live: LiveQueue;
  typeLabel: (type: string) => string;
  /** Only the visible tab listens to the keyboard. */
  active: boolean;
};

/**
 * Keys typed into a field are text, not shortcuts; arrows also belong to widgets that move with them
 * (tabs, lists, menus). Letters still work on a focused tab, so j/k work right after a tab click.
 */
function isOwnKeyTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
    return true;
  if (!key.startsWith('Arrow')) return false;
  return (
    target.closest(
      '[role="tab"], [role="tablist"], [role="listbox"], [role="combobox"], [role="menu"], [role="radiogroup"], [role="slider"]',
    ) !== null
  );
}

function decidedMessage(item: ApprovalItem, result: DecisionResult, decision: Decision): string {
  const { amountMinor, currency } = item.resolution;
  const rep = item.requester.name;
  if (result.status === 'denied')
    return `You denied ${item.customer.name}'s request. ${rep} has your note.`;
  if (
    result.status === 'reduced' &&
    decision.action === 'approve' &&
    decision.amount !== undefined
  ) {
    return `You approved ${formatMoney(decision.amount, currency)} of ${formatMoney(amountMinor, currency)} for ${item.customer.name}. ${rep} has been told.`;
  }
  return `You approved ${formatMoney(amountMinor, currency)} for ${item.customer.name}. ${rep} has been told.`;
}

export function ApprovalQueue({ items, me, live, typeLabel, active }: ApprovalQueueProps) {
  const queryClient = useQueryClient();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [mode, setModeState] = useState<DecisionMode>('idle');
  // Bumped on every request for a mode, so pressing the same key again still brings focus back to its field.
  const [modeRequest, setModeRequest] = useState(0);
  const setMode = useCallback((next: DecisionMode) => {
    setModeState(next);
    setModeRequest((n) => n + 1);
  }, []);
  const [notice, setNotice] = useState<string | null>(null);
  const [claimProblems, setClaimProblems] = useState<ReadonlyMap<string, string>>(new Map());
  // The open request, as last seen: if it leaves the queue while open, it stays on screen, marked.
  const [kept, setKept] = useState<ApprovalItem | null>(null);
  const headers = useRef(new Map<string, HTMLButtonElement>());
  const claimed = useRef(new Set<string>());

  const fresh = items.find((i) => i.id === selectedId);
  if (fresh && fresh !== kept) setKept(fresh);
  const keptGone = selectedId && !fresh && kept?.id === selectedId ? kept : null;
  const shown = keptGone
    ? [...items, keptGone].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    : items;
  const goneReasonOf = (item: ApprovalItem) =>
    item === keptGone
      ? (live.goneReasons.get(item.id) ??
        'This request is no longer waiting: someone else decided it, the rep withdrew it, or it moved to a higher level.')
      : null;

  const focusHeader = useCallback((id: string | undefined) => {
    if (!id) return;
    // After the render that opens or closes the card, so focus lands on the final layout.
    requestAnimationFrame(() => {
      const header = headers.current.get(id);
      header?.focus();
      header?.scrollIntoView({ block: 'nearest' });
    });
  }, []);

  const open = useCallback(
    (id: string | null) => {
      setSelectedId(id);
      setModeState('idle');
      if (id) live.markSeen(id);
    },
    [live],
  );

  // Pick the open request up once, so the rep sees who is deciding; not when someone already has.
  const claimable = fresh !== undefined && fresh.claimedBy === null;
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
            setClaimProblems((current) => new Map(current).set(selectedId, error.message));
        },
      );
    }, CLAIM_AFTER_MS);
    return () => clearTimeout(timer);
  }, [selectedId, claimable, me, queryClient]);

  // A request escalates out of (or into) reach at its deadline; look again just after it.
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

  const dismiss = useCallback(
    (id: string) => {
      const index = shown.findIndex((i) => i.id === id);
      updatePending(queryClient, (list) => list.filter((i) => i.id !== id));
      open(null);
      setKept(null);
      focusHeader(shown[index + 1]?.id ?? shown[index - 1]?.id);
    },
    [shown, queryClient, open, focusHeader],
  );

  const cancel = useCallback(() => {
    if (!selectedId) return;
    if (mode !== 'idle') setMode('idle');
    else open(null);
    focusHeader(selectedId);
  }, [selectedId, mode, open, focusHeader, setMode]);

  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        isOwnKeyTarget(event.target, event.key)
      )
        return;
      const selectedIndex = shown.findIndex((i) => i.id === selectedId);
      const move = (delta: number) => {
        if (shown.length === 0) return;
        const focusedIndex = shown.findIndex(
          (i) => headers.current.get(i.id) === document.activeElement,
        );
        const base = selectedIndex >= 0 ? selectedIndex : focusedIndex;
        const next =
          base < 0
            ? delta > 0
              ? 0
              : shown.length - 1
            : Math.min(shown.length - 1, Math.max(0, base + delta));
        const target = shown[next];
        if (!target) return;
        open(target.id);
        focusHeader(target.id);
      };
      const decideKey = (next: DecisionMode) => {
        if (selectedIndex < 0 || keptGone) return;
        setMode(next);
      };
      const handlers: Record<string, () => void> = {
        j: () => move(1),
        ArrowDown: () => move(1),
        k: () => move(-1),
        ArrowUp: () => move(-1),
        a: () => decideKey('approve'),
        r: () => decideKey('reduce'),
        d: () => decideKey('deny'),
        Escape: cancel,
      };
      const handler = handlers[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [active, shown, selectedId, keptGone, open, focusHeader, cancel, setMode]);

  const decided = (item: ApprovalItem) => (result: DecisionResult, decision: Decision) => {
    setNotice(decidedMessage(item, result, decision));
    dismiss(item.id);
  };

  return (
    <Stack gap="sm">
      <div role="status">
        {notice ? (
          <Paper
            withBorder
            p="sm"
            bg="leeway.0"
            style={{ borderColor: 'var(--mantine-color-leeway-3)' }}
          >
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text size="sm">{notice}</Text>
              <CloseButton size="sm" aria-label="Dismiss message" onClick={() => setNotice(null)} />
            </Group>
          </Paper>
        ) : null}
      </div>

      {shown.length === 0 ? (
        <Paper withBorder p="lg">
          <Text fw={500}>No requests are waiting for you.</Text>
          <Text size="sm" c="dimmed" mt={4}>
            When a rep asks for more than their authority allows, the request appears here at once,
            and the tab title shows how many are waiting.
          </Text>
        </Paper>
      ) : (
        <Stack
          gap="sm"
          component="ul"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label="Waiting requests, longest waiting first"
        >
          {shown.map((item) => (
            <li key={item.id}>
              <ApprovalCard
                item={item}
                typeLabel={typeLabel(item.resolution.type)}
                myId={me.id}
                selected={item.id === selectedId}
                isNew={live.newIds.has(item.id)}
                goneReason={goneReasonOf(item)}
                claimProblem={claimProblems.get(item.id) ?? null}
                mode={item.id === selectedId ? mode : 'idle'}
                modeRequest={modeRequest}
                headerRef={(element) => {
                  if (element) headers.current.set(item.id, element);
                  else headers.current.delete(item.id);
                }}
                onToggle={() => open(item.id === selectedId ? null : item.id)}
                onModeChange={setMode}
                onDecided={decided(item)}
                onCancel={cancel}
                onDismiss={() => dismiss(item.id)}
              />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
