import type { ServerModule } from '../server-module.ts';
import { healthRoutes } from './routes.ts';

export const healthModule = {
  name: 'health',
  routes: healthRoutes,
} satisfies ServerModule;
