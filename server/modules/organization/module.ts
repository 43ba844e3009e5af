import type { ServerModule } from '../server-module.ts';
import { organizationAbilities } from './abilities.ts';
import { organizationLedgerKinds } from './ledger-kinds.ts';
import { organizationRoutes } from './routes.ts';

export const organizationModule = {
  name: 'organization',
  routes: organizationRoutes,
  abilities: organizationAbilities,
  ledgerKinds: organizationLedgerKinds,
} satisfies ServerModule;
