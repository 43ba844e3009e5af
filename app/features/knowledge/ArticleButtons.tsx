import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';

import type { ArticleState } from './api-types.ts';
import { StateBadge } from './StateBadge.tsx';

export type ArticleButton = {
  id: string;
  title: string;
  state: ArticleState;
  /** Under the title: the problem when browsing, the highlighted snippet when searching. */
  detail: ReactNode;
  onOpen: () => void;
};

/** A list of articles, each one a button with its title, its state and a line or two about it. */
export function ArticleButtons({
  items,
  label,
}: {
  items: readonly ArticleButton[];
  label: string;
}) {
  return (
    <Stack component="ul" aria-label={label} gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <li key={item.id}>
          <UnstyledButton
            onClick={item.onOpen}
            w="100%"
            p={6}
            style={{
              borderRadius: 'var(--mantine-radius-sm)',
              border: '1px solid var(--mantine-color-gray-3)',
            }}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
              <Text size="sm" fw={600}>
                {item.title}
              </Text>
              <StateBadge state={item.state} />
            </Group>
            {item.detail}
          </UnstyledButton>
        </li>
      ))}
    </Stack>
  );
}
