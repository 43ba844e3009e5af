import { serverModule } from '../server-module.ts';

/** Practice situations graded by the engine (issue 14); filled in as the module grows. */
export const practiceModule = serverModule({
  name: 'practice',
});
