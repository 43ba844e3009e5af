import { Group, Stack, Text, UnstyledButton } from '@mantine/core';

import type { SearchResult } from './api-types.ts';
import { SnippetText } from './SnippetText.tsx';
import { StateBadge } from './StateBadge.tsx';

type ResultListProps = {
  results: readonly SearchResult[];
  /** The list's accessible name. */
  label: string;
  onOpen: (result: SearchResult) => void;
};

/** Search or suggestion results: each one a button that opens the article beside the contact. */
export function ResultList({ results, label, onOpen }: ResultListProps) {
  return (
    <Stack component="ul" aria-label={label} gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
      {results.map((result) => (
        <li key={result.article.id}>
          <UnstyledButton
            onClick={() => onOpen(result)}
            w="100%"
            p={6}
            style={{
              borderRadius: 'var(--mantine-radius-sm)',
              border: '1px solid var(--mantine-color-gray-3)',
            }}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
              <Text size="sm" fw={600}>
                {result.article.title}
              </Text>
              <StateBadge state={result.article.state} />
            </Group>
            <SnippetText result={result} />
          </UnstyledButton>
        </li>
      ))}
    </Stack>
  );
}
