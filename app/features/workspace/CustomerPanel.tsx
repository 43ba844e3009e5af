import { Alert, Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';

import type { CustomerProfile, Order } from './api-types.ts';
import { FlagBadges } from './FlagBadges.tsx';
import { formatPhone, money } from './format.ts';
import { humanize, relativeTime } from './history.ts';

/** Orders still moving: the ones a caller is most likely ringing about. */
export const openOrderStatuses = new Set(['processing', 'in_fulfilment', 'shipped']);

const statusColors: Record<string, string> = {
  processing: 'blue',
  in_fulfilment: 'grape',
  shipped: 'cyan',
  delivered: 'gray',
  returned: 'orange',
  cancelled: 'gray',
};

function OrderRow({ order, now }: { order: Order; now: number }) {
  const items = order.items
    .map((i) => `${i.quantity > 1 ? `${i.quantity}× ` : ''}${i.name}`)
    .join(', ');
  return (
    <div>
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={600}>
          {order.number}
        </Text>
        <Badge size="sm" variant="light" color={statusColors[order.status] ?? 'gray'}>
          {humanize(order.status)}
        </Badge>
        <Text size="sm">{money(order.total)}</Text>
        <Text size="xs" c="dimmed">
          placed {relativeTime(order.placedAt, now)}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" lineClamp={2}>
        {items}
      </Text>
    </div>
  );
}

type CustomerPanelProps = {
  customer: CustomerProfile;
  myId: string;
  now: number;
  highlight: boolean;
};

/** Who is on the line: value, segment, warnings, and the orders they are probably calling about. */
export function CustomerPanel({ customer, myId, now, highlight }: CustomerPanelProps) {
  const headingId = useId();

  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby={headingId}
      className={highlight ? 'ws-pop-pulse' : undefined}
    >
      <Stack gap="sm">
        <CustomerHeading customer={customer} headingId={headingId} />
        {customer.linkedPersonId === myId ? (
          <Alert color="red" variant="light" title="This customer is linked to you">
            Someone else must decide resolutions for them. You can still take notes and ask for
            approval.
          </Alert>
        ) : null}

        <CustomerOrders orders={customer.orders} now={now} />
      </Stack>
    </Card>
  );
}

function CustomerHeading({
  customer,
  headingId,
}: {
  customer: CustomerProfile;
  headingId: string;
}) {
  return (
    <>
      <div>
        <Group gap="xs" wrap="wrap" align="center">
          <Title order={2} size="h3" id={headingId}>
            {customer.name}
          </Title>
          <Badge variant="light" color="leeway">
            {humanize(customer.segment)}
          </Badge>
          <FlagBadges flags={customer.flags} />
        </Group>
        <Text size="sm" c="dimmed">
          {[
            customer.externalRef,
            customer.phone ? formatPhone(customer.phone) : null,
            customer.email,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </div>
      <Group gap="xl">
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Lifetime value
          </Text>
          <Text fw={700} size="lg">
            {money(customer.lifetimeValue)}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Orders
          </Text>
          <Text fw={700} size="lg">
            {customer.orders.length}
          </Text>
        </div>
      </Group>
    </>
  );
}

/** The orders in progress, then the two latest earlier ones (all on request). */
function CustomerOrders({ orders, now }: { orders: CustomerProfile['orders']; now: number }) {
  const [allOrders, setAllOrders] = useState(false);
  const open = orders.filter((o) => openOrderStatuses.has(o.status));
  const past = orders.filter((o) => !openOrderStatuses.has(o.status));
  const shownPast = allOrders ? past : past.slice(0, 2);
  return (
    <>
      <div>
        <Title order={3} size="h5" mb={4}>
          Open orders
        </Title>
        {open.length === 0 ? (
          <Text size="sm" c="dimmed">
            No order in progress.
          </Text>
        ) : (
          <Stack gap={6}>
            {open.map((order) => (
              <OrderRow key={order.id} order={order} now={now} />
            ))}
          </Stack>
        )}
      </div>
      {past.length > 0 ? (
        <div>
          <Title order={3} size="h5" mb={4}>
            Earlier orders
          </Title>
          <Stack gap={6}>
            {shownPast.map((order) => (
              <OrderRow key={order.id} order={order} now={now} />
            ))}
          </Stack>
          {past.length > 2 ? (
            <Anchor
              component="button"
              type="button"
              size="sm"
              mt={4}
              onClick={() => setAllOrders((v) => !v)}
            >
              {allOrders ? 'Show fewer orders' : `Show all ${past.length} earlier orders`}
            </Anchor>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
