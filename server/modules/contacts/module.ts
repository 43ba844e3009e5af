import { serverModule, tablesOf } from '../server-module.ts';
import { contactAbilities } from './abilities.ts';
import type { ContactTables } from './tables.ts';

export const contactsModule = serverModule({
  name: 'contacts',
  routes: () => import('./routes.ts').then((module) => module.contactRoutes),
  tables: tablesOf<ContactTables>(),
  abilities: contactAbilities,
});
