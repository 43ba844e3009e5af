import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';

import type { loginBody } from '../../../contract/auth.ts';
import { api } from '../../api/client.ts';
import type { Session } from '../../api/types.ts';
import { meQueryKey } from './use-me.ts';

export type Credentials = z.input<typeof loginBody>;

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) =>
      api<Session>('/api/auth/login', { method: 'POST', body: credentials }),
    onSuccess: (session) => {
      // Whatever is cached may belong to whoever used this tab before.
      queryClient.removeQueries();
      queryClient.setQueryData(meQueryKey, session);
    },
  });
}
