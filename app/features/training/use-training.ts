import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '../../api/client.ts';
import { useLiveEvents } from '../live/live-events.ts';
import type {
  Attempt,
  Course,
  CourseDetail,
  CourseProgress,
  MyTraining,
  SubmitResult,
} from './api-types.ts';

export const trainingKeys = {
  all: ['training'] as const,
  me: ['training', 'me'] as const,
  courses: ['training', 'courses'] as const,
  course: (id: string) => ['training', 'course', id] as const,
};

/** My assignments, latest attempt per course and certifications; refetched when one is awarded or a refresher assigned. */
export function useMyTraining() {
  const queryClient = useQueryClient();
  useLiveEvents(['training.certification_changed', 'training.refresher_assigned'], () => {
    void queryClient.invalidateQueries({ queryKey: trainingKeys.me });
  });
  return useQuery({
    queryKey: trainingKeys.me,
    queryFn: ({ signal }) => api<MyTraining>('/api/training/me', { signal }),
  });
}

/** The organization's published courses (the first 200: a catalogue rarely holds more). */
export function usePublishedCourses() {
  return useQuery({
    queryKey: trainingKeys.courses,
    queryFn: ({ signal }) =>
      api<{ courses: Course[] }>('/api/training/courses?limit=200', { signal }),
    select: (data) => data.courses,
  });
}

export function useStartAttempt(courseId: string) {
  return useMutation({
    mutationFn: () =>
      api<{ attempt: Attempt }>(`/api/training/courses/${courseId}/attempts`, { method: 'POST' }),
  });
}

/** Each answer is saved as it is given, so a closed tab loses nothing but the unsent one. */
export function useAnswerQuestion(attemptId: string) {
  return useMutation({
    mutationFn: (body: { questionId: string; answer: unknown }) =>
      api<unknown>(`/api/training/attempts/${attemptId}/answers`, { method: 'POST', body }),
  });
}

export function useSubmitAttempt(attemptId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<SubmitResult>(`/api/training/attempts/${attemptId}/submit`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

/** A course with its lessons, my progress through them and what I still lack to be assessed. */
export function useCourseDetail(courseId: string) {
  return useQuery({
    queryKey: trainingKeys.course(courseId),
    queryFn: ({ signal }) => api<CourseDetail>(`/api/training/courses/${courseId}`, { signal }),
  });
}

/** Saved on the server, so the next sitting (any device) resumes at the first lesson not done. */
export function useCompleteLesson(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lessonId: string) =>
      api<{ progress: CourseProgress }>(
        `/api/training/courses/${courseId}/lessons/${lessonId}/complete`,
        { method: 'POST' },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}
