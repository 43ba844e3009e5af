import { Badge, Blockquote, Group, Stack, Text } from '@mantine/core';

import { formatMoney } from '../../lib/format-money.ts';
import type { PracticeSituation } from './api-types.ts';

type Facts = Omit<PracticeSituation, 'id' | 'source'>;

/** The case as the learner meets it: who the customer is, what they say and what they ask for. */
export function SituationFacts({ situation }: { situation: Facts }) {
  const { customer, prior, asks } = situation;
  const typeLabel = situation.types.find((t) => t.key === asks.type)?.label ?? asks.type;
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        <Text size="sm">
          A <strong>{customer.segment}</strong> customer, lifetime value{' '}
          {formatMoney(customer.lifetimeValue)}
          {situation.orderAgeDays === null
            ? ''
            : `, order placed ${situation.orderAgeDays} days ago`}
        </Text>
        {customer.flags.map((flag) => (
          <Badge key={flag} color="orange" variant="light">
            {flag}
          </Badge>
        ))}
      </Group>
      {prior ? (
        <Text size="sm" c="dimmed">
          Already had of this kind: {formatMoney(prior.customerWindow)} in its window,{' '}
          {formatMoney(prior.contactTotal)} on this contact.
        </Text>
      ) : null}
      <Blockquote p="sm" color="gray">
        {situation.says}
      </Blockquote>
      <Text size="sm">
        They ask for: <strong>{typeLabel}</strong> of {formatMoney(asks.amount)}
      </Text>
    </Stack>
  );
}
