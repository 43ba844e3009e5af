import type { ServerModule } from '../server-module.ts';
import { eventRoutes } from './routes.ts';

export const eventsModule = {
  name: 'events',
  routes: eventRoutes,
} satisfies ServerModule;
