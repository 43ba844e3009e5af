import { Badge, type MantineSize } from '@mantine/core';

import { humanize } from './history.ts';

/** Flags that change what a rep may do get a warning colour; the engine explains the consequence in the preview. */
const flagColors: Record<string, string> = { abuse_suspected: 'red', chargeback_history: 'orange' };

export function FlagBadges({
  flags,
  size = 'sm',
}: {
  flags: readonly string[];
  size?: MantineSize;
}) {
  return flags.map((flag) => (
    <Badge
      key={flag}
      size={size}
      color={flagColors[flag] ?? 'yellow'}
      variant="filled"
      leftSection="⚠"
    >
      {humanize(flag)}
    </Badge>
  ));
}
