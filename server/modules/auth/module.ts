import type { ServerModule } from '../server-module.ts';
import { authRoutes } from './routes.ts';

export const authModule = {
  name: 'auth',
  routes: authRoutes,
} satisfies ServerModule;
