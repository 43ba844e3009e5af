import type { ServerModule } from '../server-module.ts';
import { peopleAbilities } from './abilities.ts';
import { peopleRoutes } from './routes.ts';

export const peopleModule = {
  name: 'people',
  routes: peopleRoutes,
  abilities: peopleAbilities,
} satisfies ServerModule;
