import { Group, Progress, Text } from '@mantine/core';

import type { ImportRecord } from './use-import.ts';

const parts = [
  { key: 'created', label: 'new', color: 'teal.8' },
  { key: 'updated', label: 'changed', color: 'blue.8' },
  { key: 'unchanged', label: 'unchanged', color: 'gray.6' },
] as const;

/** What applying the file does, as one bar a person can take in at a glance, and in numbers. */
export function ImportCounts({ record }: { record: ImportRecord }) {
  const total = record.created + record.updated + record.unchanged;
  return (
    <div>
      {total > 0 && (
        <Progress.Root size="xl" aria-hidden>
          {parts.map((part) =>
            record[part.key] > 0 ? (
              <Progress.Section
                key={part.key}
                value={(record[part.key] / total) * 100}
                color={part.color}
              />
            ) : null,
          )}
        </Progress.Root>
      )}
      <Group gap="lg" mt="xs" component="ul" style={{ listStyle: 'none', padding: 0 }}>
        {parts.map((part) => (
          <Text component="li" key={part.key} size="sm">
            <Text span fw={700}>
              {record[part.key].toLocaleString()}
            </Text>{' '}
            {part.label}
          </Text>
        ))}
        <Text component="li" size="sm" c={record.errorCount > 0 ? 'red.8' : undefined}>
          <Text span fw={700}>
            {record.errorCount.toLocaleString()}
          </Text>{' '}
          {record.errorCount === 1 ? 'row with a problem' : 'rows with a problem'}
        </Text>
      </Group>
    </div>
  );
}
