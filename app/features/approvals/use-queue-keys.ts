import { useEffect } from 'react';

import type { DecisionMode } from './DecisionForm.tsx';
import { isOwnKeyTarget } from './queue-keys.ts';

type QueueKeys = {
  /** Only the visible tab listens to the keyboard. */
  active: boolean;
  move: (delta: number) => void;
  /** a, r, d: open that answer on the open request. */
  decide: (mode: DecisionMode) => void;
  cancel: () => void;
};

/** The console's shortcuts: j/k and the arrows move, a/r/d answer, Esc steps back. */
export function useQueueKeys({ active, move, decide, cancel }: QueueKeys): void {
  useEffect(() => {
    if (!active) return;
    const handlers: Record<string, () => void> = {
      j: () => move(1),
      ArrowDown: () => move(1),
      k: () => move(-1),
      ArrowUp: () => move(-1),
      a: () => decide('approve'),
      r: () => decide('reduce'),
      d: () => decide('deny'),
      Escape: cancel,
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isOwnKeyTarget(event.target, event.key)) return;
      const handler = handlers[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [active, move, decide, cancel]);
}
