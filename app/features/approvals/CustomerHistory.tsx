import { Alert, Badge, Group, Loader, Stack, Text, type MantineColor } from '@mantine/core';

import { formatMoney } from '../../../domain/money.ts';
import { formatAgo } from './format-wait.ts';
import type { PastResolution } from './types.ts';
import { useCustomerHistory, useTypeLabel } from './use-customer-history.ts';
import { useNow } from './use-now.ts';

const SHOWN = 8;
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const statusBadge: Record<PastResolution['status'], { label: string; color: MantineColor }> = {
  granted: { label: 'Granted', color: 'leeway' },
  pending_approval: { label: 'Waiting', color: 'yellow' },
  denied: { label: 'Denied', color: 'red' },
  cancelled: { label: 'Withdrawn', color: 'gray' },
};

function amountText(r: PastResolution): string {
  const asked = formatMoney(r.amountMinor, r.currency);
  if (
    r.status === 'granted' &&
    r.grantedAmountMinor !== null &&
    r.grantedAmountMinor !== r.amountMinor
  ) {
    return `${formatMoney(r.grantedAmountMinor, r.currency)} of ${asked}`;
  }
  return asked;
}

/** One earlier resolution: what, how it ended, who asked and when, and why. */
function EarlierResolution({ r, label, now }: { r: PastResolution; label: string; now: number }) {
  return (
    <li>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {label} {amountText(r)}
        </Text>
        <Badge size="sm" variant="light" color={statusBadge[r.status].color} tt="none">
          {statusBadge[r.status].label}
        </Badge>
        <Text size="xs" c="dimmed">
          {r.withinAuthority ? 'within authority' : 'needed approval'} · {r.requestedBy.name} ·{' '}
          {formatAgo(r.createdAt, now)}
        </Text>
      </Group>
      {r.reason ? (
        <Text size="sm" c="dimmed" lineClamp={2}>
          {r.reason}
        </Text>
      ) : null}
    </li>
  );
}

/** What was already done for this customer, so an approver can spot a pattern before saying yes. */
export function CustomerHistory({
  customerId,
  currentResolutionId,
}: {
  customerId: string;
  currentResolutionId: string;
}) {
  const history = useCustomerHistory(customerId, true);
  const typeLabel = useTypeLabel();
  const now = useNow();

  if (history.isPending)
    return <Loader size="xs" role="status" aria-label="Loading customer history" />;
  if (history.isError)
    return (
      <Alert color="red" title="Could not load the history">
        {history.error.message}
      </Alert>
    );

  const customer = history.data;
  const earlier = customer.resolutions.filter((r) => r.id !== currentResolutionId);
  const lastContact = customer.contacts
    .map((c) => c.openedAt)
    .sort()
    .at(-1);

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {plural(customer.orders.length, 'order')} · {plural(customer.contacts.length, 'contact')}
        {lastContact ? ` · last contact ${formatAgo(lastContact, now)}` : ''}
      </Text>
      {earlier.length === 0 ? (
        <Text size="sm">No earlier resolutions for this customer.</Text>
      ) : (
        <Stack
          gap={6}
          component="ul"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={`Earlier resolutions for ${customer.name}`}
        >
          {earlier.slice(0, SHOWN).map((r) => (
            <EarlierResolution key={r.id} r={r} label={typeLabel(r.type)} now={now} />
          ))}
        </Stack>
      )}
      {earlier.length > SHOWN ? (
        <Text size="xs" c="dimmed">
          …and {earlier.length - SHOWN} older
        </Text>
      ) : null}
    </Stack>
  );
}
