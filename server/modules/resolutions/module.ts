import type { ServerModule } from '../server-module.ts';
import { resolutionAbilities } from './abilities.ts';
import { resolutionLedgerKinds } from './ledger-kinds.ts';
import { resolutionRoutes } from './routes.ts';

export const resolutionsModule = {
  name: 'resolutions',
  routes: resolutionRoutes,
  abilities: resolutionAbilities,
  ledgerKinds: resolutionLedgerKinds,
} satisfies ServerModule;
