import { List, Stack, Text, Title } from '@mantine/core';

import type { Change, ChangeArea } from './policy-diff.ts';

const areaTitles: Record<ChangeArea, string> = {
  limits: 'Limits',
  contact: 'Totals per contact',
  types: 'Resolution types',
  conditions: 'Conditions',
  overrides: 'Personal overrides',
  settings: 'Settings',
};
const order: ChangeArea[] = ['settings', 'limits', 'contact', 'types', 'conditions', 'overrides'];

/** The draft against the version in force, grouped as the editor is, one readable line per change. */
export function ChangesList({
  changes,
  publishedVersion,
}: {
  changes: readonly Change[];
  publishedVersion: number;
}) {
  if (changes.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No changes from version {publishedVersion}.
      </Text>
    );
  }
  return (
    <Stack gap="md" aria-label={`Changes from version ${publishedVersion}`} role="region">
      {order
        .filter((area) => changes.some((c) => c.area === area))
        .map((area) => (
          <div key={area}>
            {/* Under the page title: the tab panel has no heading of its own. */}
            <Title order={2} size="h6" mb={4}>
              {areaTitles[area]}
            </Title>
            <List size="sm" spacing={2}>
              {changes
                .filter((c) => c.area === area)
                .map((c) => (
                  <List.Item key={c.text}>{c.text}</List.Item>
                ))}
            </List>
          </div>
        ))}
    </Stack>
  );
}
