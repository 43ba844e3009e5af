import { CloseButton, Group, Text } from '@mantine/core';

import type { Option } from '../../components/search-select.ts';

/** What has been picked so far for a list field, each with its own labelled remove button. */
export function ChosenList({
  label,
  chosen,
  onRemove,
}: {
  label: string;
  chosen: readonly Option[];
  onRemove: (value: string) => void;
}) {
  if (chosen.length === 0) return null;
  return (
    <Group
      component="ul"
      aria-label={label}
      gap={6}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {chosen.map((o) => (
        <Group
          key={o.value}
          component="li"
          gap={2}
          wrap="nowrap"
          px={8}
          py={2}
          style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 16 }}
        >
          <Text size="sm">{o.label}</Text>
          <CloseButton
            size="sm"
            aria-label={`Remove ${o.label}`}
            onClick={() => onRemove(o.value)}
          />
        </Group>
      ))}
    </Group>
  );
}
