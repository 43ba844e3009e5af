import { serverModule, tablesOf } from '../server-module.ts';
import { peopleAbilities } from './abilities.ts';
import { peopleLedgerKinds } from './ledger-kinds.ts';
import type { PeopleTables } from './tables.ts';

export const peopleModule = serverModule({
  name: 'people',
  routes: () => import('./routes.ts').then((module) => module.peopleRoutes),
  tables: tablesOf<PeopleTables>(),
  abilities: peopleAbilities,
  ledgerKinds: peopleLedgerKinds,
});
