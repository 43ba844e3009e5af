import { serverModule, tablesOf } from '../server-module.ts';
import { invitationAbilities } from './abilities.ts';
import type { InvitationTables } from './tables.ts';

export const invitationsModule = serverModule({
  name: 'invitations',
  routes: () => import('./routes.ts').then((module) => module.invitationRoutes),
  tables: tablesOf<InvitationTables>(),
  abilities: invitationAbilities,
});
