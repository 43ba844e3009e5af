import { Badge, Group, Text } from '@mantine/core';

import { firstName } from '../../../domain/names.ts';
import type { ApprovalItem } from './types.ts';
import { EscalationDeadline, WaitingTime } from './WaitClocks.tsx';

type CardStatusLineProps = { item: ApprovalItem; myId: string; isNew: boolean; gone: boolean };

/** The card's first line: how long it has waited, who must decide, and who is already on it. */
export function CardStatusLine({ item, myId, isNew, gone }: CardStatusLineProps) {
  const claimedByOther = item.claimedBy && item.claimedBy.id !== myId ? item.claimedBy : null;
  return (
    <Group gap="xs" justify="space-between" wrap="wrap">
      <Group gap="xs" wrap="wrap">
        {gone ? (
          <Badge variant="light" color="gray" tt="none" size="lg" radius="sm">
            no longer waiting
          </Badge>
        ) : (
          <WaitingTime since={item.createdAt} />
        )}
        {isNew ? (
          <Badge color="yellow" variant="filled" tt="none" radius="sm">
            New
          </Badge>
        ) : null}
        {item.routedToMe ? (
          <Badge color="leeway" variant="outline" tt="none" radius="sm">
            Routed to you
          </Badge>
        ) : null}
        <Text size="sm" c="dimmed">
          Needs {item.level.name}
          {item.escalations > 0 ? ` (escalated ${item.escalations}×)` : ''}
        </Text>
        {gone ? null : <EscalationDeadline at={item.escalatesAt} />}
      </Group>
      {claimedByOther ? (
        <Text size="sm" fw={500} c="orange.9">
          {firstName(claimedByOther.name)} is looking at this
        </Text>
      ) : item.claimedBy ? (
        <Text size="sm" c="dimmed">
          {firstName(item.requester.name)} sees you are on it
        </Text>
      ) : null}
    </Group>
  );
}
