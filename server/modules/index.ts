import { approvalsModule } from './approvals/module.ts';
import { assignmentsModule } from './assignments/module.ts';
import { authModule } from './auth/module.ts';
import { authorityModule } from './authority/module.ts';
import { availabilityModule } from './availability/module.ts';
import { contactsModule } from './contacts/module.ts';
import { ctiModule } from './cti/module.ts';
import { customersModule } from './customers/module.ts';
import { eventsModule } from './events/module.ts';
import { healthModule } from './health/module.ts';
import { importsModule } from './imports/module.ts';
import { invitationsModule } from './invitations/module.ts';
import { knowledgeModule } from './knowledge/module.ts';
import { ledgerModule } from './ledger/module.ts';
import { organizationModule } from './organization/module.ts';
import { peopleModule } from './people/module.ts';
import { practiceModule } from './practice/module.ts';
import { resolutionsModule } from './resolutions/module.ts';
import type { ModuleRoutes } from './server-module.ts';
import { tokensModule } from './tokens/module.ts';
import { trainingModule } from './training/module.ts';
import { xapiModule } from './xapi/module.ts';

/**
 * Every module, once — the one line a new module adds on the server. The composition root
 * registers their routes in this order and the tenancy test walks the same set; the database
 * interface, the ability table and the ledger kinds are composed from this list (registry.test.ts
 * checks that every module folder is here).
 */
export const serverModules = [
  healthModule,
  authModule,
  organizationModule,
  peopleModule,
  invitationsModule,
  customersModule,
  importsModule,
  tokensModule,
  authorityModule,
  contactsModule,
  resolutionsModule,
  approvalsModule,
  availabilityModule,
  ledgerModule,
  ctiModule,
  eventsModule,
  knowledgeModule,
  trainingModule,
  practiceModule,
  assignmentsModule,
  xapiModule,
] as const;

export type ServerModules = typeof serverModules;

/** The modules' routes, loaded and in registration order (what server/http/app.ts mounts). */
export async function loadModuleRoutes(): Promise<ModuleRoutes[]> {
  const loaders = serverModules.flatMap((module) => ('routes' in module ? [module.routes] : []));
  return Promise.all(loaders.map((load) => load()));
}
