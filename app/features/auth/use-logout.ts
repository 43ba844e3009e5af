import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';

import { api, isUnauthenticated } from '../../api/client.ts';

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const leave = () => {
    navigate('/login', { replace: true });
    queryClient.removeQueries();
  };
  return useMutation({
    mutationFn: () => api<void>('/api/auth/logout', { method: 'POST' }),
    onSuccess: leave,
    // Already signed out (expired session) is the outcome we wanted; any other failure means the
    // session may still be live, so we stay and say so rather than pretend.
    onError: (error) => {
      if (isUnauthenticated(error)) leave();
    },
  });
}
