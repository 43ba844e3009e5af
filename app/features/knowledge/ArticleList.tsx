import { Group, Stack, Text, UnstyledButton } from '@mantine/core';

import type { ListedArticle } from './api-types.ts';
import { StateBadge } from './StateBadge.tsx';

type ArticleListProps = {
  articles: readonly ListedArticle[];
  /** The list's accessible name. */
  label: string;
  onOpen: (article: ListedArticle) => void;
};

/** Articles browsed rather than searched: each a button with its title, state and problem. */
export function ArticleList({ articles, label, onOpen }: ArticleListProps) {
  return (
    <Stack component="ul" aria-label={label} gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
      {articles.map((article) => (
        <li key={article.id}>
          <UnstyledButton
            onClick={() => onOpen(article)}
            w="100%"
            p={6}
            style={{
              borderRadius: 'var(--mantine-radius-sm)',
              border: '1px solid var(--mantine-color-gray-3)',
            }}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
              <Text size="sm" fw={600}>
                {article.title}
              </Text>
              <StateBadge state={article.state} />
            </Group>
            <Text size="sm" c="dimmed" lineClamp={2}>
              {article.problem}
            </Text>
          </UnstyledButton>
        </li>
      ))}
    </Stack>
  );
}
