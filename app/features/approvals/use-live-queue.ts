import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';

import { useLiveEvents, type LiveEvent } from '../live/live-events.ts';
import { beep } from './beep.ts';
import { pendingKey, updatePending } from './use-approvals.ts';

const events = [
  'approval.requested',
  'approval.claimed',
  'approval.decided',
  'approval.cancelled',
] as const;
/** A new request stays highlighted this long, or until it is opened. */
const HIGHLIGHT_MS = 60_000;

const decidedWords: Record<string, string> = {
  approved: 'approved',
  reduced: 'approved a lower amount for',
  denied: 'denied',
};

const text = (data: Record<string, unknown>, key: string): string | undefined => {
  const value = data[key];
  return typeof value === 'string' ? value : undefined;
};

export type LiveQueue = {
  /** Requests that arrived live and have not been opened yet. */
  newIds: ReadonlySet<string>;
  /** Why a request left the queue while someone had it open: it is marked, not yanked away. */
  goneReasons: ReadonlyMap<string, string>;
  markSeen: (id: string) => void;
};

/** Keeps the pending queue in step with live events, and gives a new request a visible (and optionally audible) cue. */
export function useLiveQueue({ myId, sound }: { myId: string; sound: boolean }): LiveQueue {
  const queryClient = useQueryClient();
  const [newIds, setNewIds] = useState<ReadonlySet<string>>(new Set());
  const [goneReasons, setGoneReasons] = useState<ReadonlyMap<string, string>>(new Map());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  const markSeen = useCallback((id: string) => {
    setNewIds((current) => {
      if (!current.has(id)) return current;
      const next = new Set(current);
      next.delete(id);
      return next;
    });
  }, []);

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) clearTimeout(timer);
    };
  }, []);

  const markGone = (id: string, reason: string) =>
    setGoneReasons((current) => new Map(current).set(id, reason));

  useLiveEvents(events, (event: LiveEvent) => {
    const approvalId = text(event.data, 'approvalId');
    if (!approvalId) return;
    switch (event.type) {
      case 'approval.requested': {
        setNewIds((current) => new Set(current).add(approvalId));
        timers.current.set(
          approvalId,
          setTimeout(() => markSeen(approvalId), HIGHLIGHT_MS),
        );
        if (sound) beep();
        break;
      }
      case 'approval.claimed': {
        const approverId = text(event.data, 'approverId');
        const approverName = text(event.data, 'approverName');
        if (approverId && approverName && approverId !== myId) {
          updatePending(queryClient, (items) =>
            items.map((item) =>
              item.id === approvalId
                ? { ...item, claimedBy: { id: approverId, name: approverName } }
                : item,
            ),
          );
        }
        return;
      }
      case 'approval.decided':
        markGone(
          approvalId,
          `Someone else ${decidedWords[text(event.data, 'status') ?? ''] ?? 'decided'} this request.`,
        );
        break;
      case 'approval.cancelled':
        markGone(approvalId, 'The rep withdrew this request.');
        break;
    }
    void queryClient.invalidateQueries({ queryKey: pendingKey });
  });

  return { newIds, goneReasons, markSeen };
}
