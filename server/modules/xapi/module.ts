import { serverModule } from '../server-module.ts';

/** Learning events as xAPI 1.0.3 statements for an organization's LRS (issue 14). */
export const xapiModule = serverModule({
  name: 'xapi',
});
