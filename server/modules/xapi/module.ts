import { serverModule, tablesOf } from '../server-module.ts';
import { xapiAbilities } from './abilities.ts';
import type { XapiTables } from './tables.ts';

/** Learning events as xAPI 1.0.3 statements for an organization's LRS (issue 14). */
export const xapiModule = serverModule({
  name: 'xapi',
  routes: () => import('./routes.ts').then((module) => module.xapiRoutes),
  tables: tablesOf<XapiTables>(),
  abilities: xapiAbilities,
});
