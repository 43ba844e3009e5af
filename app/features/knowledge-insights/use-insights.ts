import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, withQuery } from '../../api/client.ts';
import type { Criterion, Metrics, Review, SampledArticle } from './api-types.ts';

const keys = {
  all: ['knowledge-insights'] as const,
  metrics: (from: string, to: string) => ['knowledge-insights', 'metrics', from, to] as const,
  standard: ['knowledge-insights', 'standard'] as const,
  sample: ['knowledge-insights', 'sample'] as const,
};

/** A day (YYYY-MM-DD, the browser's time zone) as the instant it starts. */
const startOf = (day: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : undefined);

/** The figures for [from, to]: both days whole, so `to` is the start of the day after it. */
export function useMetrics(from: string, to: string) {
  return useQuery({
    queryKey: keys.metrics(from, to),
    queryFn: () => {
      const end = to ? new Date(`${to}T00:00:00`) : undefined;
      end?.setDate(end.getDate() + 1);
      return api<Metrics>(
        withQuery('/api/knowledge/metrics', { from: startOf(from), to: end?.toISOString() }),
      );
    },
  });
}

export function useStandard() {
  return useQuery({
    queryKey: keys.standard,
    queryFn: () => api<{ criteria: Criterion[] }>('/api/knowledge/standard'),
    select: (data) => data.criteria,
  });
}

export function useReviewSample() {
  return useQuery({
    queryKey: keys.sample,
    queryFn: () => api<{ articles: SampledArticle[] }>('/api/knowledge/review-sample?limit=10'),
    select: (data) => data.articles,
  });
}

export function useReviewArticle(articleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { met: string[]; comment: string }) =>
      api<{ review: Review }>(`/api/knowledge/articles/${articleId}/reviews`, {
        method: 'POST',
        body,
      }),
    // Not awaited: the refetch drops the scored article, which unmounts its form, and a form gone
    // before `mutate`'s own onSuccess runs never says what was scored.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
