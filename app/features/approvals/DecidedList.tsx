import { Alert, Badge, Group, Loader, Paper, Stack, Text, type MantineColor } from '@mantine/core';

import { formatMoney } from '../../../domain/money.ts';
import { formatAgo } from './format-wait.ts';
import type { ApprovalItem, ApprovalStatus } from './types.ts';
import { useDecidedApprovals } from './use-approvals.ts';
import { useNow } from './use-now.ts';

const outcome: Partial<Record<ApprovalStatus, { label: string; color: MantineColor }>> = {
  approved: { label: 'Approved', color: 'leeway' },
  reduced: { label: 'Approved less', color: 'yellow' },
  denied: { label: 'Denied', color: 'red' },
};

function granted(item: ApprovalItem): string {
  const { amountMinor, currency } = item.resolution;
  if (item.status === 'denied') return `${formatMoney(amountMinor, currency)} asked`;
  if (item.status === 'reduced' && item.decidedAmountMinor !== null)
    return `${formatMoney(item.decidedAmountMinor, currency)} of ${formatMoney(amountMinor, currency)}`;
  return formatMoney(amountMinor, currency);
}

/** What I decided lately, newest first: to look back at a call, or answer a rep who asks. */
export function DecidedList({
  active,
  typeLabel,
}: {
  active: boolean;
  typeLabel: (type: string) => string;
}) {
  const decided = useDecidedApprovals(active);
  const now = useNow();

  if (decided.isError)
    return (
      <Alert color="red" title="Could not load your decisions">
        {decided.error.message}
      </Alert>
    );
  if (!decided.data) return <Loader size="sm" role="status" aria-label="Loading your decisions" />;
  if (decided.data.length === 0) {
    return (
      <Paper withBorder p="lg">
        <Text c="dimmed">You have not decided any requests yet.</Text>
      </Paper>
    );
  }

  return (
    <Stack
      gap="xs"
      component="ul"
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
      aria-label="Requests I decided, newest first"
    >
      {decided.data.map((item) => {
        const badge = outcome[item.status] ?? { label: item.status, color: 'gray' };
        return (
          <Paper key={item.id} component="li" withBorder p="sm">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Group gap="xs" wrap="wrap">
                <Badge color={badge.color} variant="light" tt="none" radius="sm">
                  {badge.label}
                </Badge>
                <Text fw={600}>
                  {typeLabel(item.resolution.type)} {granted(item)} for {item.customer.name}
                </Text>
              </Group>
              <Text size="sm" c="dimmed">
                {item.decidedAt ? formatAgo(item.decidedAt, now) : ''}
              </Text>
            </Group>
            <Text size="sm" c="dimmed" mt={4}>
              Requested by {item.requester.name}: {item.resolution.reason || 'no reason given'}
            </Text>
            {item.note ? (
              <Text size="sm" mt={4}>
                Your note: {item.note}
              </Text>
            ) : null}
          </Paper>
        );
      })}
    </Stack>
  );
}
