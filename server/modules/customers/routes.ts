import { z } from 'zod';

import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { personOf, principalOf } from '../../http/auth.ts';
import { errorBodySchema } from '../../http/error-handler.ts';
import { listContacts } from '../contacts/queries/find-contact.ts';
import { uuidParam } from '../people/schemas.ts';
import { listResolutions } from '../resolutions/queries/find-resolution.ts';
import { createCustomer } from './commands/create-customer.ts';
import { mergeCustomers } from './commands/merge-customers.ts';
import { presentCustomerProfile, presentCustomerSummary } from './presenter.ts';
import { findCustomer, listOrders } from './queries/find-customer.ts';
import { searchCustomers } from './queries/search-customers.ts';
import {
  customerConflictSchema,
  customerProfileSchema,
  customerSearchQuery,
  customerSummarySchema,
  mergeCustomersBody,
} from './schemas.ts';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
};

export function customerRoutes(app: ApiApp, ctx: AppContext) {
  app.get(
    '/api/customers',
    {
      config: { access: 'customers.read' },
      schema: {
        tags: ['customers'],
        summary: 'Find customers by name, email, phone or reference',
        querystring: customerSearchQuery,
        response: { 200: z.object({ customers: z.array(customerSummarySchema) }), ...errors },
      },
    },
    async (request) => {
      const rows = await searchCustomers({
        db: ctx.db,
        organizationId: principalOf(request).organizationId,
        ...request.query,
      });
      return { customers: rows.map(presentCustomerSummary) };
    },
  );

  app.post(
    '/api/customers',
    {
      config: { access: 'customers.create' },
      schema: {
        tags: ['customers'],
        summary: 'Add a customer (a caller the telephony pop did not recognise)',
        body: z.object({
          name: z.string().trim().min(1).max(200),
          phone: z.string().trim().max(40).optional(),
          email: z.email().optional(),
        }),
        description:
          "The phone number is stored in E.164; written without a country code, it is read in the country of the organization's currency. A phone number or e-mail another customer has is a 409 naming them (`error.existing`).",
        response: {
          201: z.object({ customer: customerProfileSchema }),
          ...errors,
          409: customerConflictSchema,
        },
      },
    },
    async (request, reply) => {
      const { organizationId } = principalOf(request);
      const { id } = await createCustomer({
        db: ctx.db,
        organizationId,
        ...request.body,
        now: ctx.now(),
      });
      reply.code(201);
      return {
        customer: presentCustomerProfile(
          await findCustomer({ db: ctx.db, organizationId, customerId: id }),
          [],
          [],
          [],
        ),
      };
    },
  );

  app.post(
    '/api/customers/:id/merge',
    {
      config: { access: 'customers.merge' },
      schema: {
        tags: ['customers'],
        summary: 'Merge a duplicate record into this customer',
        description:
          "The duplicate's contacts, resolutions (and the usage they count), orders and flags move to this customer, who keeps the higher lifetime value and takes the duplicate's phone and e-mail where they have none. The duplicate stays as a tombstone (`mergedIntoId`), found no more. Recorded in the ledger.",
        params: uuidParam,
        body: mergeCustomersBody,
        response: {
          200: z.object({
            customer: customerProfileSchema,
            moved: z.object({
              contacts: z.number().int(),
              resolutions: z.number().int(),
              orders: z.number().int(),
            }),
          }),
          ...errors,
          409: customerConflictSchema,
        },
      },
    },
    async (request) => {
      const { organizationId, personId } = personOf(request);
      const { moved } = await mergeCustomers({
        db: ctx.db,
        organizationId,
        adminId: personId,
        survivorId: request.params.id,
        duplicateId: request.body.duplicateId,
        now: ctx.now(),
      });
      return { customer: await loadProfile(organizationId, request.params.id), moved };
    },
  );

  app.get(
    '/api/customers/:id',
    {
      config: { access: 'customers.read' },
      schema: {
        tags: ['customers'],
        summary: 'A customer: profile, segment, lifetime value and orders',
        params: uuidParam,
        response: { 200: z.object({ customer: customerProfileSchema }), ...errors },
      },
    },
    async (request) => ({
      customer: await loadProfile(principalOf(request).organizationId, request.params.id),
    }),
  );

  async function loadProfile(organizationId: string, customerId: string) {
    const customer = await findCustomer({ db: ctx.db, organizationId, customerId });
    const [orders, contacts, resolutions] = await Promise.all([
      listOrders({ db: ctx.db, organizationId, customerId: customer.id }),
      listContacts({ db: ctx.db, organizationId, customerId: customer.id, limit: 20 }),
      listResolutions({ db: ctx.db, organizationId, customerId: customer.id, limit: 50 }),
    ]);
    return presentCustomerProfile(customer, orders, contacts, resolutions);
  }
}
