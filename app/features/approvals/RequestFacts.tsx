import { Badge, Box, Group, List, Text } from '@mantine/core';

import { formatMoney } from '../../../domain/money.ts';
import { firstName } from '../../../domain/names.ts';
import { flagColor, humanize, segmentColor } from './labels.ts';
import type { ApprovalItem } from './types.ts';

/** Who asked, for whom (segment, value, flags), and why it needs approval. */
export function RequestFacts({ item }: { item: ApprovalItem }) {
  const { resolution, customer } = item;
  return (
    <>
      <Group gap="xs" wrap="wrap">
        <Text size="sm">Requested by {item.requester.name}</Text>
        <Text size="sm" c="dimmed" aria-hidden>
          ·
        </Text>
        <Badge variant="light" color={segmentColor(customer.segment)} tt="none" radius="sm">
          {humanize(customer.segment)}
        </Badge>
        <Text size="sm">
          Lifetime value{' '}
          {formatMoney(customer.lifetimeValue.amountMinor, customer.lifetimeValue.currency)}
        </Text>
        {customer.flags.map((flag) => (
          <Badge key={flag} color={flagColor(flag)} variant="filled" tt="none" radius="sm">
            {humanize(flag)}
          </Badge>
        ))}
      </Group>

      <Box>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase">
          {firstName(item.requester.name)}'s reason
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {resolution.reason || 'No reason given.'}
        </Text>
      </Box>

      {resolution.reasons.length > 0 ? (
        <Box>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            Why it needs approval
          </Text>
          <List size="sm" spacing={2}>
            {resolution.reasons.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        </Box>
      ) : null}
    </>
  );
}
