import type { ServerModule } from '../server-module.ts';
import { ledgerAbilities } from './abilities.ts';
import { ledgerRoutes } from './routes.ts';

export const ledgerModule = {
  name: 'ledger',
  routes: ledgerRoutes,
  abilities: ledgerAbilities,
} satisfies ServerModule;
