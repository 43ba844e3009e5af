import type { ServerModule } from '../server-module.ts';
import { peopleAbilities } from './abilities.ts';
import { peopleLedgerKinds } from './ledger-kinds.ts';
import { peopleRoutes } from './routes.ts';

export const peopleModule = {
  name: 'people',
  routes: peopleRoutes,
  abilities: peopleAbilities,
  ledgerKinds: peopleLedgerKinds,
} satisfies ServerModule;
