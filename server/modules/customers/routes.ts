import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { principalOf } from '../../http/auth.ts';
import { errorBodySchema } from '../../http/error-handler.ts';
import { listContacts } from '../contacts/queries/find-contact.ts';
import { uuidParam } from '../people/schemas.ts';
import { listResolutions } from '../resolutions/queries/find-resolution.ts';
import { createCustomer } from './commands/create-customer.ts';
import { presentCustomerProfile, presentCustomerSummary } from './presenter.ts';
import { findCustomer, listOrders } from './queries/find-customer.ts';
import { searchCustomers } from './queries/search-customers.ts';
import { customerProfileSchema, customerSearchQuery, customerSummarySchema } from './schemas.ts';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };

export function customerRoutes(app: ApiApp, ctx: AppContext) {
  app.get(
    '/api/customers',
    {
      config: { access: 'customers.read' },
      schema: { tags: ['customers'], summary: 'Find customers by name, email, phone or reference', querystring: customerSearchQuery, response: { 200: z.object({ customers: z.array(customerSummarySchema) }), ...errors } },
    },
    async (request) => {
      const rows = await searchCustomers({ db: ctx.db, organizationId: principalOf(request).organizationId, ...request.query });
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
        body: z.object({ name: z.string().trim().min(1).max(200), phone: z.string().trim().max(40).optional(), email: z.email().optional() }),
        response: { 201: z.object({ customer: customerProfileSchema }), ...errors, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const { organizationId } = principalOf(request);
      const { id } = await createCustomer({ db: ctx.db, organizationId, ...request.body, now: ctx.now() });
      reply.code(201);
      return { customer: presentCustomerProfile(await findCustomer({ db: ctx.db, organizationId, customerId: id }), [], [], []) };
    },
  );

  app.get(
    '/api/customers/:id',
    {
      config: { access: 'customers.read' },
      schema: { tags: ['customers'], summary: 'A customer: profile, segment, lifetime value and orders', params: uuidParam, response: { 200: z.object({ customer: customerProfileSchema }), ...errors } },
    },
    async (request) => {
      const { organizationId } = principalOf(request);
      const customer = await findCustomer({ db: ctx.db, organizationId, customerId: request.params.id });
      const [orders, contacts, resolutions] = await Promise.all([
        listOrders({ db: ctx.db, organizationId, customerId: customer.id }),
        listContacts({ db: ctx.db, organizationId, customerId: customer.id, limit: 20 }),
        listResolutions({ db: ctx.db, organizationId, customerId: customer.id, limit: 50 }),
      ]);
      return { customer: presentCustomerProfile(customer, orders, contacts, resolutions) };
    },
  );
}
