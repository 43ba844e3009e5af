import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, withQuery } from '../../api/client.ts';
import type { Course, CourseContent, CourseDraft, Progress, Today } from './api-types.ts';

export const trainerKeys = {
  all: ['trainer'] as const,
  today: ['trainer', 'today'] as const,
  progress: (team: string) => ['trainer', 'progress', team] as const,
  content: (id: string) => ['trainer', 'content', id] as const,
};

/** What needs the trainer today; a minute old at most, as reminders and submissions come in. */
export function useTrainerToday() {
  return useQuery({
    queryKey: trainerKeys.today,
    queryFn: ({ signal }) => api<Today>('/api/training/today', { signal }),
    refetchInterval: 60_000,
  });
}

export function useTrainingProgress(team: string) {
  return useQuery({
    queryKey: trainerKeys.progress(team),
    queryFn: ({ signal }) =>
      api<Progress>(withQuery('/api/training/progress', { team }), { signal }),
  });
}

export function useCourseContent(courseId: string | null) {
  return useQuery({
    queryKey: trainerKeys.content(courseId ?? ''),
    queryFn: ({ signal }) =>
      api<CourseContent>(`/api/training/courses/${courseId}/content`, { signal }),
    enabled: courseId !== null,
  });
}

/** A new draft (POST) or the draft replaced as a whole (PUT): the builder always sends all of it. */
export function useSaveCourse(courseId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: CourseDraft) =>
      api<{ course: Course }>(
        courseId ? `/api/training/courses/${courseId}` : '/api/training/courses',
        {
          method: courseId ? 'PUT' : 'POST',
          body: draft,
        },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainerKeys.all }),
  });
}

export function usePublishCourse(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<{ course: Course }>(`/api/training/courses/${courseId}/publish`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
