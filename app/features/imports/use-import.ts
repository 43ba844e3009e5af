import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';

import type { importKindSchema, importResponse } from '../../../contract/imports.ts';
import { api } from '../../api/client.ts';
import { apiUpload } from '../../api/upload.ts';

export type ImportKind = z.infer<typeof importKindSchema>;
export type ImportRecord = z.infer<typeof importResponse>['import'];

/**
 * One file's way in: upload it (checked as a dry run on the server, nothing written), read the
 * report, apply it. While an apply runs, the import is polled so the page can show rows moving.
 */
export function useImport() {
  const [uploaded, setUploaded] = useState<number | null>(null);
  const [record, setRecord] = useState<ImportRecord | null>(null);

  const check = useMutation({
    mutationFn: ({ kind, file }: { kind: ImportKind; file: File }) => {
      const form = new FormData();
      // The server reads `kind` before the file, so it must come first.
      form.append('kind', kind);
      form.append('file', file, file.name);
      setUploaded(0);
      return apiUpload<{ import: ImportRecord }>('/api/imports', form, setUploaded);
    },
    onSuccess: (data) => setRecord(data.import),
    onSettled: () => setUploaded(null),
  });

  const apply = useMutation({
    mutationFn: (id: string) =>
      api<{ import: ImportRecord }>(`/api/imports/${id}/apply`, { method: 'POST' }),
    onSuccess: (data) => setRecord(data.import),
  });

  const progress = useQuery({
    queryKey: ['import', record?.id],
    queryFn: ({ signal }) =>
      api<{ import: ImportRecord }>(`/api/imports/${record!.id}`, { signal }),
    enabled: apply.isPending && record !== null,
    refetchInterval: 500,
    select: (data) => data.import.progress,
  });

  return {
    record,
    uploadedFraction: uploaded,
    check,
    apply,
    applyProgress: apply.isPending ? (progress.data ?? null) : null,
    reset: () => {
      setRecord(null);
      check.reset();
      apply.reset();
    },
  };
}
