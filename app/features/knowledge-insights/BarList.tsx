import { Group, Progress, Stack, Text } from '@mantine/core';

type Bar = { key: string; label: string; value: number; shown?: string };

/** Horizontal bars against the largest value (or `max`): what a coach compares at a glance. */
export function BarList({
  bars,
  max,
  empty,
  color = 'blue',
}: {
  bars: Bar[];
  max?: number;
  empty: string;
  color?: string;
}) {
  if (bars.length === 0) return <Text size="sm">{empty}</Text>;
  const top = max ?? Math.max(1, ...bars.map((b) => b.value));
  return (
    <Stack gap={6}>
      {bars.map((bar) => (
        <div key={bar.key}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" truncate>
              {bar.label}
            </Text>
            <Text size="sm" fw={600}>
              {bar.shown ?? bar.value}
            </Text>
          </Group>
          <Progress
            value={(100 * bar.value) / top}
            color={color}
            aria-label={`${bar.label}: ${bar.shown ?? bar.value}`}
          />
        </div>
      ))}
    </Stack>
  );
}
