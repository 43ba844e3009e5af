import './lib/no-eval.ts';
import '@mantine/core/styles.css';

import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';

import { queryClient } from './api/query-client.ts';
import { routes } from './router.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

const router = createBrowserRouter(routes);
// Mantine writes <style> elements at run time; the server's CSP admits them by this page's nonce.
const styleNonce = document.querySelector<HTMLMetaElement>(
  'meta[name="leeway-style-nonce"]',
)?.content;
const getStyleNonce = styleNonce ? () => styleNonce : undefined;
// The scroll lock Mantine's modals use (react-remove-scroll) writes its <style> with this global's nonce.
if (styleNonce) (globalThis as { __webpack_nonce__?: string }).__webpack_nonce__ = styleNonce;
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
      getStyleNonce={getStyleNonce}
    >
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
