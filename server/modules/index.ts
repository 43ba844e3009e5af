import type { AppContext } from '../context.ts';
import type { ApiApp } from '../http/api-app.ts';
import { approvalRoutes } from './approvals/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { authorityRoutes } from './authority/routes.ts';
import { availabilityRoutes } from './availability/routes.ts';
import { contactRoutes } from './contacts/routes.ts';
import { ctiRoutes } from './cti/routes.ts';
import { customerRoutes } from './customers/routes.ts';
import { eventRoutes } from './events/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { ledgerRoutes } from './ledger/routes.ts';
import { organizationRoutes } from './organization/routes.ts';
import { peopleRoutes } from './people/routes.ts';
import { resolutionRoutes } from './resolutions/routes.ts';
import { tokenRoutes } from './tokens/routes.ts';

/** Every module's routes, in one list so the composition root and the tenancy test see the same set. */
export const apiModules: Array<(app: ApiApp, ctx: AppContext) => void | Promise<void>> = [
  healthRoutes,
  authRoutes,
  organizationRoutes,
  peopleRoutes,
  customerRoutes,
  tokenRoutes,
  authorityRoutes,
  contactRoutes,
  resolutionRoutes,
  approvalRoutes,
  availabilityRoutes,
  ledgerRoutes,
  ctiRoutes,
  eventRoutes,
];
