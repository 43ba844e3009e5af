import type { Transaction } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import { serverModules } from '../../index.ts';
import type { ResolutionDenied, ServerModule } from '../../server-module.ts';

/**
 * Tells every module with an `onResolutionDenied` that an approver denied a resolution, inside the
 * denial's transaction (the knowledge base hints at the articles linked on its contact). Approvals
 * knows only the extension point, not who listens.
 */
export async function announceResolutionDenied(
  trx: Transaction<Database>,
  denied: ResolutionDenied,
): Promise<void> {
  for (const module of serverModules as readonly ServerModule[])
    if (module.onResolutionDenied) await module.onResolutionDenied(trx, denied);
}
