import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, renderHook, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter } from 'react-router';

import { theme } from '../theme.ts';

/** A fresh query cache per test, without retries, so a failing request fails at once. */
export function testQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
}

// env="test": no transitions and no portals, so what opens is in the tree at once.
function providers(queryClient: QueryClient, initialPath: string) {
  return function Providers({ children }: { children: ReactNode }) {
    return (
      <MantineProvider theme={theme} defaultColorScheme="light" env="test">
        <QueryClientProvider client={queryClient}>
          <MemoryRouter initialEntries={[initialPath]}>{children}</MemoryRouter>
        </QueryClientProvider>
      </MantineProvider>
    );
  };
}

type Options = { queryClient?: QueryClient; initialPath?: string } & Omit<RenderOptions, 'wrapper'>;

/** Renders inside the app's providers (Mantine with the app's theme, a query client, a router). */
export function renderApp(ui: ReactElement, options: Options = {}) {
  const { queryClient = testQueryClient(), initialPath = '/', ...rest } = options;
  return { queryClient, ...render(ui, { wrapper: providers(queryClient, initialPath), ...rest }) };
}

/** A hook rendered inside the same providers. */
export function renderAppHook<P, R>(
  hook: (props: P) => R,
  options: { queryClient?: QueryClient; initialProps?: P } = {},
) {
  const { queryClient = testQueryClient(), initialProps } = options;
  const wrapper = providers(queryClient, '/');
  return {
    queryClient,
    ...renderHook(hook, initialProps === undefined ? { wrapper } : { wrapper, initialProps }),
  };
}
