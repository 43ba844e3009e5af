import { SimpleGrid, Text } from '@mantine/core';

import { MoneyInput } from './MoneyInput.tsx';
import type { OverrideFields, OverrideLimits } from './override-fields.ts';

const limitLabels: [keyof OverrideLimits, string][] = [
  ['perIncidentMinor', 'Per incident'],
  ['perCustomerMinor', 'Per customer'],
  ['perDayMinor', 'Per day'],
  ['perMonthMinor', 'Per month'],
];

/** An override's four limits; an empty one keeps the level's. */
export function OverrideLimitFields({
  fields,
  currency,
  error,
}: {
  fields: OverrideFields;
  currency: string;
  error: string | undefined;
}) {
  return (
    <>
      <Text size="sm" c="dimmed">
        These replace the level's limits for this person and type; empty ones keep the level's. A
        per-incident override is not raised further by value scaling.
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        {limitLabels.map(([field, label]) => (
          <MoneyInput
            key={field}
            label={label}
            currency={currency}
            optional
            placeholder="Level's"
            value={fields.limits[field]}
            onChange={fields.setLimit(field)}
          />
        ))}
      </SimpleGrid>
      {error ? (
        <Text size="sm" c="red.8" role="alert">
          {error}
        </Text>
      ) : null}
    </>
  );
}
