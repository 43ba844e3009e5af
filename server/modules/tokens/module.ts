import type { ServerModule } from '../server-module.ts';
import { tokenAbilities } from './abilities.ts';
import { tokenRoutes } from './routes.ts';

export const tokensModule = {
  name: 'tokens',
  routes: tokenRoutes,
  abilities: tokenAbilities,
} satisfies ServerModule;
