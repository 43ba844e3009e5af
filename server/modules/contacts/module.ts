import type { ServerModule } from '../server-module.ts';
import { contactAbilities } from './abilities.ts';
import { contactRoutes } from './routes.ts';

export const contactsModule = {
  name: 'contacts',
  routes: contactRoutes,
  abilities: contactAbilities,
} satisfies ServerModule;
