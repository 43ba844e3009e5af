import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

// In development the API runs as its own process on port 3000; proxying keeps the app same-origin,
// so the session and CSRF cookies behave exactly as they do when the server serves dist/app.
const proxy = { '/api': { target: 'http://127.0.0.1:3000' } };

export default defineConfig({
  root: fromRoot('./app'),
  plugins: [react()],
  build: {
    outDir: fromRoot('./dist/app'),
    emptyOutDir: true,
    // Libraries change far less often than the app: separate chunks stay cached across releases.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 5,
            },
            {
              name: 'mantine',
              test: /node_modules[\\/](@mantine[\\/](?!charts[\\/])|@floating-ui[\\/])/,
              priority: 4,
            },
            // Only the knowledge insights page draws charts: Mantine's charts, recharts and what they
            // bring come in chunks of their own, fetched with that page, never on first load. A group
            // takes its modules' dependencies too (react and mantine are claimed first); d3 is split off
            // so that neither chunk passes Vite's 500 kB warning.
            {
              name: 'd3',
              test: /node_modules[\\/](d3-[a-z-]+|victory-vendor|internmap)[\\/]/,
              priority: 3,
            },
            {
              name: 'charts',
              test: /node_modules[\\/](@mantine[\\/]charts|recharts)[\\/]/,
              priority: 2,
            },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: { proxy },
  preview: { proxy },
});
