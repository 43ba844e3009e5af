import { Loader, Stack, Text } from '@mantine/core';
import { useNavigate } from 'react-router';

import { LoadMore } from '../../components/LoadMore.tsx';
import { ArticleList } from './ArticleList.tsx';
import { useArticleList, type ListParams } from './use-knowledge.ts';

/**
 * The knowledge base before anything is typed: every article the viewer may see under the filters,
 * newest written first, a page at a time. Browsing is not a search: nothing is logged.
 */
export function BrowseArticles({ filters }: { filters: ListParams }) {
  const navigate = useNavigate();
  const list = useArticleList(filters);
  if (list.isError) return <Text c="red.8">{list.error?.message}</Text>;
  if (list.isPending) return <Loader size="sm" role="status" aria-label="Loading articles" />;
  if (list.rows.length === 0) return <Text size="sm">No article has these filters.</Text>;
  return (
    <Stack gap="sm">
      <Text c="dimmed" size="sm">
        Newest first. Type what the customer says, or an article’s words, to search.
      </Text>
      <ArticleList
        label="Articles, newest first"
        articles={list.rows}
        onOpen={(article) => void navigate(`/knowledge?article=${article.id}`)}
      />
      <LoadMore list={list} label="Load more articles" />
    </Stack>
  );
}
