import { serverModule } from '../server-module.ts';
import { ctiAbilities } from './abilities.ts';

export const ctiModule = serverModule({
  name: 'cti',
  routes: () => import('./routes.ts').then((module) => module.ctiRoutes),
  abilities: ctiAbilities,
});
