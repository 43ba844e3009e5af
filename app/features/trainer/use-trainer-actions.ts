import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '../../api/client.ts';
import { usePagedList } from '../../api/use-paged-list.ts';
import { trainingKeys } from '../training/use-training.ts';
import type {
  Assigned,
  Assignment,
  AssignmentDraft,
  CatalogueEntry,
  HeldCertification,
  SignOffDraft,
} from './api-types.ts';
import { trainerKeys } from './use-trainer.ts';

const ASSIGNMENTS_PAGE_SIZE = 50;

/** The assignments made, newest first, a page at a time. Under trainerKeys.all, so every trainer action refreshes it. */
export function useAssignments() {
  return usePagedList<'assignments', Assignment>({
    key: [...trainerKeys.all, 'assignments'],
    path: '/api/training/assignments',
    field: 'assignments',
    pageSize: ASSIGNMENTS_PAGE_SIZE,
  });
}

/**
 * The API takes one team or a list of people per request: each chosen team is its own request, the
 * people one more. Sent one after another so the first refusal stops the rest and is shown as sent.
 */
export function useAssignCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (drafts: AssignmentDraft[]) => {
      const made: Assigned = { assignments: [], skipped: [] };
      for (const body of drafts) {
        const result = await api<Assigned>('/api/training/assignments', { method: 'POST', body });
        made.assignments.push(...result.assignments);
        made.skipped.push(...result.skipped);
      }
      return made;
    },
    // Settled, not only on success: a refusal after the first team still leaves its rows made.
    onSettled: () => queryClient.invalidateQueries({ queryKey: trainerKeys.all }),
  });
}

export function useCancelAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<{ assignment: Assignment }>(`/api/training/assignments/${id}/cancel`, {
        method: 'POST',
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainerKeys.all }),
  });
}

/** The organization's certifications to sign off (the first 200: a catalogue runs to dozens). */
export function useCatalogue() {
  return useQuery({
    queryKey: [...trainingKeys.all, 'catalogue'],
    queryFn: ({ signal }) =>
      api<{ certifications: CatalogueEntry[] }>('/api/training/catalogue?limit=200', { signal }),
    select: (data) => data.certifications,
  });
}

/** A certificate changes the trainer's figures, the holder's training and what they may grant. */
function useCertificateChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trainerKeys.all }),
      queryClient.invalidateQueries({ queryKey: trainingKeys.me }),
      queryClient.invalidateQueries({ queryKey: ['authority', 'me'] }),
    ]);
}

export function useSignOff() {
  const changed = useCertificateChanged();
  return useMutation({
    mutationFn: (body: SignOffDraft) =>
      api<{ certification: HeldCertification }>('/api/training/certifications', {
        method: 'POST',
        body,
      }),
    onSuccess: changed,
  });
}

export function useRevokeCertificate(id: string) {
  const changed = useCertificateChanged();
  return useMutation({
    mutationFn: (reason: string) =>
      api<{ certification: HeldCertification }>(`/api/training/certifications/${id}/revoke`, {
        method: 'POST',
        body: { reason },
      }),
    onSuccess: changed,
  });
}
