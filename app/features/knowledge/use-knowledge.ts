import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { api, withQuery } from '../../api/client.ts';
import { usePagedList } from '../../api/use-paged-list.ts';
import type {
  Article,
  ArticleDetail,
  ArticleState,
  CreateArticle,
  Diff,
  Flag,
  FlagsPage,
  Link,
  LinkAnswer,
  ListedArticle,
  SearchResult,
  UpdateArticle,
} from './api-types.ts';

export const knowledgeKeys = {
  all: ['knowledge'] as const,
  suggest: (q: string) => ['knowledge', 'suggest', q] as const,
  search: (params: SearchParams) => ['knowledge', 'search', params] as const,
  article: (id: string) => ['knowledge', 'article', id] as const,
  list: ['knowledge', 'list'] as const,
  diff: (id: string, from: number, to: number) => ['knowledge', 'diff', id, from, to] as const,
  flags: ['knowledge', 'flags'] as const,
  contactLinks: (contactId: string) => ['knowledge', 'contact', contactId] as const,
};

export type SearchParams = {
  q: string;
  state?: string;
  visibility?: string;
  type?: string;
  tag?: string;
  contactId?: string;
  limit?: number;
};

/** As the rep types: the top five for the words so far (not logged by the server). */
export function useSuggestions(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: knowledgeKeys.suggest(query),
    queryFn: ({ signal }) =>
      api<{ results: SearchResult[] }>(withQuery('/api/knowledge/suggest', { q: query }), {
        signal,
      }),
    enabled: query.length > 0,
    select: (data) => data.results,
    placeholderData: (previous) => previous,
  });
}

/** A search the rep asked for (logged, so one that ends in no link shows as a gap). */
export function useSearch(params: SearchParams) {
  const q = params.q.trim();
  return useQuery({
    queryKey: knowledgeKeys.search({ ...params, q }),
    queryFn: ({ signal }) =>
      api<{ results: SearchResult[] }>(
        withQuery('/api/knowledge/search', {
          ...params,
          q,
          limit: params.limit ? String(params.limit) : undefined,
        }),
        { signal },
      ),
    enabled: q.length > 0,
    select: (data) => data.results,
  });
}

/** Browsing's filters: search's, without the words. */
export type ListParams = Omit<SearchParams, 'q' | 'contactId' | 'limit'>;

/** The articles the viewer may see, newest written first, a page at a time (not logged). */
export function useArticleList(params: ListParams, pageSize = 25) {
  return usePagedList<'articles', ListedArticle>({
    key: knowledgeKeys.list,
    path: '/api/knowledge/articles',
    field: 'articles',
    params: { ...params },
    pageSize,
  });
}

/** The first few articles of a list, for a panel that shows a handful and no more. */
export function useFewArticles(params: ListParams, limit: number) {
  return useQuery({
    queryKey: [...knowledgeKeys.list, 'few', params, limit],
    queryFn: ({ signal }) =>
      api<{ articles: ListedArticle[] }>(
        withQuery('/api/knowledge/articles', { ...params, limit: String(limit) }),
        { signal },
      ),
    select: (data) => data.articles,
  });
}

export function useArticle(id: string | null) {
  return useQuery({
    queryKey: knowledgeKeys.article(id ?? ''),
    queryFn: ({ signal }) => api<ArticleDetail>(`/api/knowledge/articles/${id}`, { signal }),
    enabled: id !== null,
  });
}

export function useDiff(id: string, from: number, to: number) {
  return useQuery({
    queryKey: knowledgeKeys.diff(id, from, to),
    queryFn: ({ signal }) =>
      api<Diff>(
        withQuery(`/api/knowledge/articles/${id}/diff`, { from: String(from), to: String(to) }),
        { signal },
      ),
    enabled: from >= 1 && to > from,
  });
}

export function useContactLinks(contactId: string | null) {
  return useQuery({
    queryKey: knowledgeKeys.contactLinks(contactId ?? ''),
    queryFn: ({ signal }) =>
      api<{ links: Link[] }>(`/api/contacts/${contactId}/articles`, { signal }),
    enabled: contactId !== null,
    select: (data) => data.links,
  });
}

export function useOpenFlags() {
  return useQuery({
    queryKey: knowledgeKeys.flags,
    queryFn: ({ signal }) => api<FlagsPage>('/api/knowledge/flags?open=true&limit=200', { signal }),
    select: (data) => data.flags,
  });
}

/** Anything written to the knowledge base can change every list of it: refetch them all. */
const refreshKnowledge = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: knowledgeKeys.all });

export function useLinkArticle(contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { articleId: string; query?: string }) =>
      api<LinkAnswer>(`/api/contacts/${contactId}/articles`, { method: 'POST', body }),
    onSuccess: () => refreshKnowledge(queryClient),
  });
}

export function useCreateArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateArticle) =>
      api<{ article: Article }>('/api/knowledge/articles', { method: 'POST', body }),
    onSuccess: () => refreshKnowledge(queryClient),
  });
}

export function useUpdateArticle(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateArticle) =>
      api<{ article: Article }>(`/api/knowledge/articles/${id}`, { method: 'PATCH', body }),
    onSuccess: () => refreshKnowledge(queryClient),
  });
}

export function useChangeState(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { state: ArticleState; expectedVersion?: number }) =>
      api<{ article: Article }>(`/api/knowledge/articles/${id}/state`, { method: 'POST', body }),
    onSuccess: () => refreshKnowledge(queryClient),
  });
}

export function useFlagArticle(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { comment: string; contactId?: string }) =>
      api<{ flag: Flag }>(`/api/knowledge/articles/${id}/flags`, { method: 'POST', body }),
    onSuccess: () => refreshKnowledge(queryClient),
  });
}

export function useResolveFlag() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ flagId, note }: { flagId: string; note: string }) =>
      api<{ flag: Flag }>(`/api/knowledge/flags/${flagId}/resolve`, {
        method: 'POST',
        body: { note },
      }),
    onSuccess: () => refreshKnowledge(queryClient),
  });
}
