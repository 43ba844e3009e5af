import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';

import type { forgotPasswordResponse } from '../../../contract/auth.ts';
import { api } from '../../api/client.ts';
import type { Session } from '../../api/types.ts';
import { meQueryKey } from './use-me.ts';

/** A password chosen from a link (an invitation or a reset) signs in, as sign-in does. */
function useSignInWith(path: '/api/auth/accept-invitation' | '/api/auth/reset-password') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      api<Session>(path, { method: 'POST', body }),
    onSuccess: (session) => {
      queryClient.removeQueries();
      queryClient.setQueryData(meQueryKey, session);
    },
  });
}

export const useAcceptInvitation = () => useSignInWith('/api/auth/accept-invitation');
export const useResetPassword = () => useSignInWith('/api/auth/reset-password');

export function useForgotPassword() {
  return useMutation({
    mutationFn: (email: string) =>
      api<z.infer<typeof forgotPasswordResponse>>('/api/auth/forgot-password', {
        method: 'POST',
        body: { email },
      }),
  });
}

/** The token a link carries in its fragment (`/invitation#…`), which never reaches a server's logs. */
export function tokenFromHash(hash: string): string {
  return decodeURIComponent(hash.replace(/^#/, '')).trim();
}
