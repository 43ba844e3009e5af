import { serverModule, tablesOf } from '../server-module.ts';
import type { EventTables } from './tables.ts';

export const eventsModule = serverModule({
  name: 'events',
  routes: () => import('./routes.ts').then((module) => module.eventRoutes),
  tables: tablesOf<EventTables>(),
});
