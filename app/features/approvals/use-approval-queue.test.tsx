import { act, fireEvent } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { api } from '../../api/client.ts';
import { renderAppHook } from '../../testing/render.tsx';
import type { ApprovalItem } from './types.ts';
import { useApprovalQueue } from './use-approval-queue.ts';
import { pendingKey } from './use-approvals.ts';
import { CLAIM_AFTER_MS } from './use-claim-on-open.ts';
import type { LiveQueue } from './use-live-queue.ts';

// The network, at the one function the app calls it through.
vi.mock(import('../../api/client.ts'), async (original) => ({
  ...(await original()),
  api: vi.fn(),
}));

const me = { id: 'me', name: 'Aisha Khan' };
const item = (id: string, createdAt: string): ApprovalItem =>
  ({
    id,
    createdAt,
    escalatesAt: null,
    claimedBy: null,
    requester: { id: 'rep', name: 'Bryan Lee' },
    customer: { id: `c-${id}`, name: `Customer ${id}` },
    resolution: { id: `r-${id}`, amountMinor: 14_000, currency: 'USD' },
  }) as unknown as ApprovalItem;
const a = item('a', '2026-11-22T10:00:00Z');
const b = item('b', '2026-11-22T10:05:00Z');
const c = item('c', '2026-11-22T10:10:00Z');

const live = (goneReasons = new Map<string, string>()): LiveQueue => ({
  newIds: new Set(),
  goneReasons,
  markSeen: vi.fn(),
});

function setUp(items = [a, b, c], liveQueue = live(), active = true) {
  const hook = renderAppHook(
    (props: { items: ApprovalItem[] }) =>
      useApprovalQueue({ items: props.items, me, live: liveQueue, active }),
    { initialProps: { items } },
  );
  hook.queryClient.setQueryData(pendingKey, { approvals: items });
  return hook;
}
const press = (key: string, target: Element | Document = document) =>
  act(() => void fireEvent.keyDown(target, { key }));

// Fake timers for every test: no claim timer of one test fires in the next.
beforeEach(() => {
  vi.useFakeTimers();
  vi.mocked(api).mockResolvedValue(undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.mocked(api).mockReset();
});

describe('the approval queue, by keyboard', () => {
  it('moves with j/k and the arrows, from the first or last request, and stops at the ends', () => {
    const { result } = setUp();
    press('j');
    expect(result.current.selectedId).toBe('a');
    press('ArrowDown');
    press('j');
    press('j');
    expect(result.current.selectedId).toBe('c');
    press('k');
    expect(result.current.selectedId).toBe('b');
    press('Escape');
    expect(result.current.selectedId).toBeNull();
    press('ArrowUp');
    expect(result.current.selectedId).toBe('c');
  });

  it('opens an answer with a/r/d only on an open request, and Esc steps back one level', () => {
    const { result } = setUp();
    press('a');
    expect(result.current.mode).toBe('idle');
    act(() => result.current.toggle('b'));
    press('r');
    expect(result.current.mode).toBe('reduce');
    const request = result.current.modeRequest;
    press('r');
    expect(result.current.modeRequest).toBe(request + 1);
    press('Escape');
    expect(result.current.mode).toBe('idle');
    expect(result.current.selectedId).toBe('b');
    press('Escape');
    expect(result.current.selectedId).toBeNull();
  });

  it('leaves keys typed into a field, modified keys and an inactive tab alone', () => {
    const { result } = setUp();
    const field = document.createElement('textarea');
    document.body.append(field);
    press('j', field);
    act(() => void fireEvent.keyDown(document, { key: 'j', ctrlKey: true }));
    expect(result.current.selectedId).toBeNull();
    field.remove();

    const inactive = setUp([a, b], live(), false);
    press('j');
    expect(inactive.result.current.selectedId).toBeNull();
  });
});

describe('the approval queue, as requests are claimed and leave it', () => {
  it('keeps an open request that left the queue, in its place by age, marked and not answerable', () => {
    const { result, rerender } = setUp([a, b, c], live(new Map([['b', 'Dana approved it.']])));
    act(() => result.current.toggle('b'));
    rerender({ items: [a, c] });
    expect(result.current.shown.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    const gone = result.current.shown[1] as ApprovalItem;
    expect(result.current.goneReasonOf(gone)).toBe('Dana approved it.');
    expect(result.current.goneReasonOf(a)).toBeNull();
    press('a');
    expect(result.current.mode).toBe('idle');

    act(() => result.current.dismiss('b'));
    expect(result.current.shown.map((i) => i.id)).toEqual(['a', 'c']);
    expect(result.current.selectedId).toBeNull();
  });

  it('claims a request opened for a moment, once, and not one skimmed past', () => {
    setUp();
    press('j');
    act(() => vi.advanceTimersByTime(CLAIM_AFTER_MS / 2));
    press('j');
    act(() => vi.advanceTimersByTime(CLAIM_AFTER_MS));
    expect(vi.mocked(api).mock.calls).toEqual([['/api/approvals/b/claim', { method: 'POST' }]]);
  });

  it('says what the approver did and drops the request from the queue', () => {
    const { result, queryClient } = setUp();
    act(() => result.current.toggle('a'));
    act(() =>
      result.current.decided(a)(
        { status: 'reduced' },
        { action: 'approve', note: '', amount: 9000 },
      ),
    );
    expect(result.current.notice).toBe(
      'You approved $90 of $140 for Customer a. Bryan Lee has been told.',
    );
    expect(queryClient.getQueryData<{ approvals: ApprovalItem[] }>(pendingKey)?.approvals).toEqual([
      b,
      c,
    ]);
  });
});
