import { approvalsModule } from './approvals/module.ts';
import { authModule } from './auth/module.ts';
import { authorityModule } from './authority/module.ts';
import { availabilityModule } from './availability/module.ts';
import { contactsModule } from './contacts/module.ts';
import { ctiModule } from './cti/module.ts';
import { customersModule } from './customers/module.ts';
import { eventsModule } from './events/module.ts';
import { healthModule } from './health/module.ts';
import { ledgerModule } from './ledger/module.ts';
import { organizationModule } from './organization/module.ts';
import { peopleModule } from './people/module.ts';
import { resolutionsModule } from './resolutions/module.ts';
import type { ServerModule } from './server-module.ts';
import { tokensModule } from './tokens/module.ts';

/**
 * Every module, once: the composition root registers their routes in this order and the tenancy
 * test walks the same set. Their types are composed beside (server/db/schema.ts,
 * server/policies/abilities.ts, server/modules/ledger/ledger-kind.ts), which registry.test.ts
 * checks against this list.
 */
export const serverModules: readonly ServerModule[] = [
  healthModule,
  authModule,
  organizationModule,
  peopleModule,
  customersModule,
  tokensModule,
  authorityModule,
  contactsModule,
  resolutionsModule,
  approvalsModule,
  availabilityModule,
  ledgerModule,
  ctiModule,
  eventsModule,
];

/** The modules' routes, in registration order (what server/http/app.ts mounts). */
export const apiModules = serverModules.flatMap((module) => (module.routes ? [module.routes] : []));
