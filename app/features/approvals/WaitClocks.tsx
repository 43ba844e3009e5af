import { Badge, Text, type MantineColor } from '@mantine/core';

import { formatDuration, waitUrgency } from './format-wait.ts';
import { useNow } from './use-now.ts';

const urgencyColor: Record<ReturnType<typeof waitUrgency>, MantineColor> = {
  fresh: 'leeway',
  waiting: 'yellow',
  long: 'red',
};

/** "waiting 0:42", ticking, greener to redder as the customer waits longer. */
export function WaitingTime({ since }: { since: string }) {
  const now = useNow();
  const waited = now - Date.parse(since);
  return (
    <Badge
      variant="light"
      color={urgencyColor[waitUrgency(waited)]}
      tt="none"
      size="lg"
      radius="sm"
      style={{ fontVariantNumeric: 'tabular-nums' }}
    >
      waiting {formatDuration(waited)}
    </Badge>
  );
}

/** When nobody answers, the request moves up a level; say when, so the approver knows the stakes. */
export function EscalationDeadline({ at }: { at: string | null }) {
  const now = useNow();
  if (!at) return null;
  const left = Date.parse(at) - now;
  return (
    <Text
      size="sm"
      c={left < 30_000 ? 'red.8' : 'dimmed'}
      style={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {left > 0 ? `escalates in ${formatDuration(left)}` : 'escalation due'}
    </Text>
  );
}
