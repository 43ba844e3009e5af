import { serverModule, tablesOf } from '../server-module.ts';
import { tokenAbilities } from './abilities.ts';
import type { TokenTables } from './tables.ts';

export const tokensModule = serverModule({
  name: 'tokens',
  routes: () => import('./routes.ts').then((module) => module.tokenRoutes),
  tables: tablesOf<TokenTables>(),
  abilities: tokenAbilities,
});
