import type { ServerModule } from '../server-module.ts';
import { availabilityAbilities } from './abilities.ts';
import { availabilityRoutes } from './routes.ts';

export const availabilityModule = {
  name: 'availability',
  routes: availabilityRoutes,
  abilities: availabilityAbilities,
} satisfies ServerModule;
