import { Kbd } from '@mantine/core';

import { useLiveStatus } from '../live/live-events.ts';

const liveWords = {
  live: 'Live: calls open here by themselves',
  connecting: 'Connecting to live updates…',
  reconnecting: 'Reconnecting to live updates…',
} as const;

/** Inline (it sits inside the page description's paragraph): the shortcuts, and whether calls can pop. */
export function WorkspaceHints() {
  const status = useLiveStatus();
  return (
    <>
      <span aria-live="polite">
        <span
          aria-hidden
          style={{
            display: 'inline-block',
            width: 8,
            height: 8,
            borderRadius: 4,
            marginRight: 6,
            background:
              status === 'live' ? 'var(--mantine-color-green-6)' : 'var(--mantine-color-orange-5)',
          }}
        />
        {liveWords[status]}
      </span>
      <span className="ws-hints">
        {' · '}
        <Kbd size="xs">/</Kbd> search · <Kbd size="xs">Alt</Kbd>+<Kbd size="xs">1</Kbd>–
        <Kbd size="xs">9</Kbd> resolution type · <Kbd size="xs">Enter</Kbd> submit
      </span>
    </>
  );
}
