import type { ServerModule } from '../server-module.ts';
import { authorityAbilities } from './abilities.ts';
import { authorityLedgerKinds } from './ledger-kinds.ts';
import { authorityRoutes } from './routes.ts';

export const authorityModule = {
  name: 'authority',
  routes: authorityRoutes,
  abilities: authorityAbilities,
  ledgerKinds: authorityLedgerKinds,
} satisfies ServerModule;
