import { serverModule } from '../server-module.ts';

export const healthModule = serverModule({
  name: 'health',
  routes: () => import('./routes.ts').then((module) => module.healthRoutes),
});
