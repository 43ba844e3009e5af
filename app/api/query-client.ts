import { QueryCache, QueryClient } from '@tanstack/react-query';

import { ApiError, isUnauthenticated } from './client.ts';

const meKey = ['me'] as const;

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    // A session that expires mid-use surfaces as a 401 on some other query; re-checking ['me']
    // lets the auth guard notice and send the person back to the sign-in page.
    onError: (error, query) => {
      if (isUnauthenticated(error) && query.queryKey[0] !== meKey[0]) {
        void queryClient.invalidateQueries({ queryKey: meKey });
      }
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx will not change by asking again; only network trouble and 5xx are worth a retry.
      retry: (failureCount, error) =>
        failureCount < 2 &&
        !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});
