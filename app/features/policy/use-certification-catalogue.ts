import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';

import type { catalogueResponse } from '../../../contract/training.ts';
import { api } from '../../api/client.ts';

export type CatalogueEntry = z.infer<typeof catalogueResponse>['certifications'][number];

/** The first 200 entries by key: a catalogue holds dozens, and a tier names one of them. */
export function useCertificationCatalogue() {
  return useQuery({
    queryKey: ['training', 'catalogue'] as const,
    queryFn: ({ signal }) =>
      api<z.infer<typeof catalogueResponse>>('/api/training/catalogue?limit=200', { signal }),
    select: (data) => data.certifications,
    staleTime: 60_000,
  });
}

/** A certification's title by its key; a key the catalogue no longer holds is shown as it is. */
export function useCertificationTitles(): (key: string) => string {
  const { data } = useCertificationCatalogue();
  const titles = new Map((data ?? []).map((c) => [c.key, c.title]));
  return (key) => titles.get(key) ?? key;
}
