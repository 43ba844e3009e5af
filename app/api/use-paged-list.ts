import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { api, withQuery } from './client.ts';
import { pageParams, rowsOfPages, type Page } from './pages.ts';

/**
 * A list read a page at a time along its nextCursor: the rows loaded so far, and `loadMore` for
 * the next page (a "Load more" button). Filters are part of the cache key, so a new search starts
 * again at the first page, while the last results stay on screen until it comes.
 */
export function usePagedList<F extends string, T extends { id: string }>(options: {
  key: readonly unknown[];
  path: string;
  field: F;
  params?: Record<string, string | undefined>;
  pageSize: number;
}) {
  const { key, path, field, params = {}, pageSize } = options;
  const query = useInfiniteQuery({
    queryKey: [...key, params, pageSize],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api<Page<F, T>>(withQuery(path, pageParams(params, pageSize, pageParam)), { signal }),
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
  const rows = useMemo(() => rowsOfPages(query.data?.pages, field), [query.data, field]);
  return {
    rows,
    isPending: query.isPending,
    isFetching: query.isFetching,
    isError: query.isError,
    error: query.error,
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    loadMore: () => void query.fetchNextPage(),
  };
}
