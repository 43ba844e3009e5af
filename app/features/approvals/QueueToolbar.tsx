import { Badge, Group, Switch, type MantineColor } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';

import { useLiveStatus, type LiveStatus } from '../live/live-events.ts';
import { beep } from './beep.ts';

const liveLabel: Record<LiveStatus, { text: string; color: MantineColor }> = {
  live: { text: 'Live', color: 'leeway' },
  connecting: { text: 'Connecting…', color: 'gray' },
  reconnecting: { text: 'Reconnecting…', color: 'orange' },
};

/** The chime is off unless this person turned it on, in this browser. */
export function useSoundPreference() {
  return useLocalStorage<boolean>({
    key: 'leeway.approvals.sound',
    defaultValue: false,
    getInitialValueInEffect: false,
  });
}

export function QueueToolbar({
  sound,
  onSoundChange,
}: {
  sound: boolean;
  onSoundChange: (on: boolean) => void;
}) {
  const status = useLiveStatus();
  const live = liveLabel[status];
  return (
    <Group justify="space-between" gap="sm" wrap="wrap">
      <Badge
        variant="dot"
        color={live.color}
        size="lg"
        tt="none"
        role="status"
        aria-label={status === 'live' ? 'Live updates: connected' : `Live updates: ${live.text}`}
        title={
          status === 'live'
            ? 'New requests appear the moment they are made'
            : 'New requests may be late until the connection is back'
        }
      >
        {live.text}
      </Badge>
      <Switch
        label="Sound on new requests"
        checked={sound}
        onChange={(event) => {
          const on = event.currentTarget.checked;
          onSoundChange(on);
          // A sample, so the person knows what to listen for (and how loud it is).
          if (on) beep();
        }}
      />
    </Group>
  );
}
