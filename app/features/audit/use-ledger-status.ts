import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';

import type {
  checkpointsResponse,
  ledgerVerificationSchema,
  signedCheckpointSchema,
} from '../../../contract/ledger.ts';
import { api } from '../../api/client.ts';

export type LedgerVerification = z.infer<typeof ledgerVerificationSchema>;
export type LedgerCheckpoint = z.infer<typeof checkpointsResponse>['checkpoints'][number];

const verifyKey = ['ledger', 'verify'] as const;
const checkpointKey = ['ledger', 'checkpoints', 'latest'] as const;

/** The whole chain re-checked by the server, and the last checkpoint it signed (null: none yet). */
export function useLedgerStatus() {
  const verification = useQuery({
    queryKey: verifyKey,
    queryFn: ({ signal }) => api<LedgerVerification>('/api/ledger/verify', { signal }),
  });
  const checkpoint = useQuery({
    queryKey: checkpointKey,
    queryFn: ({ signal }) =>
      api<z.infer<typeof checkpointsResponse>>('/api/ledger/checkpoints?limit=1', { signal }),
    select: (data) => data.checkpoints[0] ?? null,
  });
  return { verification, checkpoint };
}

/** Signs a checkpoint of the ledger as it is now (GET /api/ledger/checkpoint issues one each time). */
export function useSignCheckpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<z.infer<typeof signedCheckpointSchema>>('/api/ledger/checkpoint'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger'] }),
  });
}
