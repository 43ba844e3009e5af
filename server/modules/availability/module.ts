import { serverModule, tablesOf } from '../server-module.ts';
import { availabilityAbilities } from './abilities.ts';
import type { AvailabilityTables } from './tables.ts';

export const availabilityModule = serverModule({
  name: 'availability',
  routes: () => import('./routes.ts').then((module) => module.availabilityRoutes),
  tables: tablesOf<AvailabilityTables>(),
  abilities: availabilityAbilities,
});
