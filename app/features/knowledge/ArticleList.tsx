import { Text } from '@mantine/core';

import type { ListedArticle } from './api-types.ts';
import { ArticleButtons } from './ArticleButtons.tsx';

type ArticleListProps = {
  articles: readonly ListedArticle[];
  /** The list's accessible name. */
  label: string;
  onOpen: (article: ListedArticle) => void;
};

/** Articles browsed rather than searched: each a button with its title, state and problem. */
export function ArticleList({ articles, label, onOpen }: ArticleListProps) {
  const items = articles.map((article) => ({
    ...article,
    detail: (
      <Text size="sm" c="dimmed" lineClamp={2}>
        {article.problem}
      </Text>
    ),
    onOpen: () => onOpen(article),
  }));
  return <ArticleButtons items={items} label={label} />;
}
