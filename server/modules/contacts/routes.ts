import {
  contactsQuery,
  contactsResponse,
  contactWithResolutionsSchema as contactWithResolutions,
  openContactBody,
  updateContactBody,
} from '../../../contract/contacts.ts';
import { uuidParam } from '../../../contract/shared.ts';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { personOf, principalOf } from '../../http/auth.ts';
import { recordErrors as errors } from '../../http/responses.ts';
import { presentResolution } from '../resolutions/presenter.ts';
import { listResolutions } from '../resolutions/queries/list-resolutions.ts';
import { closeContact } from './commands/close-contact.ts';
import { openContact } from './commands/open-contact.ts';
import { updateContact } from './commands/update-contact.ts';
import { presentContact } from './presenter.ts';
import { findContact } from './queries/find-contact.ts';
import { listContacts } from './queries/list-contacts.ts';

export function contactRoutes(app: ApiApp, ctx: AppContext) {
  const load = async (organizationId: string, contactId: string) => ({
    contact: presentContact(await findContact({ db: ctx.db, organizationId, contactId })),
    resolutions: (await listResolutions({ db: ctx.db, organizationId, contactId, limit: 100 })).map(
      (r) => presentResolution(r),
    ),
  });

  app.post(
    '/api/contacts',
    {
      config: { access: 'contacts.handle' },
      schema: {
        tags: ['contacts'],
        summary: 'Open a contact with a customer',
        body: openContactBody,
        response: { 201: contactWithResolutions, ...errors },
      },
    },
    async (request, reply) => {
      const me = personOf(request);
      const { id } = await openContact({
        db: ctx.db,
        organizationId: me.organizationId,
        personId: me.personId,
        ...request.body,
        now: ctx.now(),
      });
      reply.code(201);
      return load(me.organizationId, id);
    },
  );

  app.get(
    '/api/contacts',
    {
      config: { access: 'contacts.handle' },
      schema: {
        tags: ['contacts'],
        summary: "My contacts (open ones first in a workspace), or a customer's",
        querystring: contactsQuery,
        response: { 200: contactsResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      const { customerId, status, cursor, limit } = request.query;
      const page = await listContacts({
        db: ctx.db,
        organizationId: me.organizationId,
        ...(customerId ? { customerId } : { openedBy: me.personId }),
        ...(status ? { status } : {}),
        ...(cursor ? { cursor } : {}),
        limit,
      });
      return { contacts: page.rows.map(presentContact), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/contacts/:id',
    {
      config: { access: 'contacts.handle' },
      schema: {
        tags: ['contacts'],
        summary: 'A contact and its resolutions',
        params: uuidParam,
        response: { 200: contactWithResolutions, ...errors },
      },
    },
    async (request) => load(principalOf(request).organizationId, request.params.id),
  );

  app.patch(
    '/api/contacts/:id',
    {
      config: { access: 'contacts.handle' },
      schema: {
        tags: ['contacts'],
        summary: 'Notes, reason, or the customer of a contact opened on an unknown number',
        params: uuidParam,
        body: updateContactBody,
        response: { 200: contactWithResolutions, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      await updateContact({
        db: ctx.db,
        organizationId: me.organizationId,
        personId: me.personId,
        contactId: request.params.id,
        changes: request.body,
      });
      return load(me.organizationId, request.params.id);
    },
  );

  app.post(
    '/api/contacts/:id/close',
    {
      config: { access: 'contacts.handle' },
      schema: {
        tags: ['contacts'],
        summary: 'Close the contact',
        params: uuidParam,
        response: { 200: contactWithResolutions, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      await closeContact({
        db: ctx.db,
        organizationId: me.organizationId,
        personId: me.personId,
        contactId: request.params.id,
        now: ctx.now(),
      });
      return load(me.organizationId, request.params.id);
    },
  );
}
