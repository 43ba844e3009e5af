import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '../../api/client.ts';
import type { PracticeAnswer, PracticeGrade, PracticeSituation } from './api-types.ts';

const practiceKey = ['training', 'practice'] as const;

/**
 * One drawn situation, kept until the learner asks for another: every GET draws (and stores) a new
 * one, so it is never refetched on its own.
 */
export function usePracticeSituation() {
  const queryClient = useQueryClient();
  const situation = useQuery({
    queryKey: practiceKey,
    queryFn: ({ signal }) =>
      api<{ situation: PracticeSituation }>('/api/training/practice', { signal }),
    select: (data) => data.situation,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  const next = () => queryClient.refetchQueries({ queryKey: practiceKey });
  return { situation, next };
}

export function useAnswerPractice(situationId: string) {
  return useMutation({
    mutationFn: (body: PracticeAnswer) =>
      api<PracticeGrade>(`/api/training/practice/${situationId}/answer`, { method: 'POST', body }),
  });
}
