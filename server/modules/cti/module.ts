import type { ServerModule } from '../server-module.ts';
import { ctiAbilities } from './abilities.ts';
import { ctiRoutes } from './routes.ts';

export const ctiModule = {
  name: 'cti',
  routes: ctiRoutes,
  abilities: ctiAbilities,
} satisfies ServerModule;
