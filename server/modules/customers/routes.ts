import {
  createCustomerBody,
  customerConflictSchema,
  customerResponse,
  customerSearchQuery,
  customersResponse,
  mergeCustomersBody,
  mergedCustomerResponse,
} from '../../../contract/customers.ts';
import { uuidParam } from '../../../contract/shared.ts';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { personOf, principalOf } from '../../http/auth.ts';
import { errorResponses } from '../../http/responses.ts';
import { listContacts } from '../contacts/queries/list-contacts.ts';
import { listResolutions } from '../resolutions/queries/list-resolutions.ts';
import { createCustomer } from './commands/create-customer.ts';
import { mergeCustomers } from './commands/merge-customers.ts';
import { presentCustomerProfile, presentCustomerSummary } from './presenter.ts';
import { findCustomer } from './queries/find-customer.ts';
import { listOrders } from './queries/list-orders.ts';
import { searchCustomers } from './queries/search-customers.ts';

const errors = errorResponses(400, 401, 403, 404);

export function customerRoutes(app: ApiApp, ctx: AppContext) {
  app.get(
    '/api/customers',
    {
      config: { access: 'customers.read' },
      schema: {
        tags: ['customers'],
        summary: 'Find customers by name, email, phone or reference',
        querystring: customerSearchQuery,
        response: { 200: customersResponse, ...errors },
      },
    },
    async (request) => {
      const { cursor, ...query } = request.query;
      const page = await searchCustomers({
        db: ctx.db,
        organizationId: principalOf(request).organizationId,
        ...query,
        ...(cursor ? { cursor } : {}),
      });
      return { customers: page.rows.map(presentCustomerSummary), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/customers',
    {
      config: { access: 'customers.create' },
      schema: {
        tags: ['customers'],
        summary: 'Add a customer (a caller the telephony pop did not recognise)',
        body: createCustomerBody,
        description:
          "The phone number is stored in E.164; written without a country code, it is read in the country of the organization's currency. A phone number or e-mail another customer has is a 409 naming them (`error.existing`).",
        response: {
          201: customerResponse,
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
          200: mergedCustomerResponse,
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
        response: { 200: customerResponse, ...errors },
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
      listContacts({ db: ctx.db, organizationId, customerId: customer.id, limit: 20 }).then(
        (page) => page.rows,
      ),
      listResolutions({ db: ctx.db, organizationId, customerId: customer.id, limit: 50 }),
    ]);
    return presentCustomerProfile(customer, orders, contacts, resolutions);
  }
}
