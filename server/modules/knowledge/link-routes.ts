import { linkArticleBody, linkResponse, linksResponse } from '../../../contract/knowledge.ts';
import { uuidParam } from '../../../contract/shared.ts';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { recordErrors } from '../../http/responses.ts';
import { linkArticle } from './commands/link-article.ts';
import { presentLink } from './presenter.ts';
import { assertContact } from './queries/assert-contact.ts';
import { listContactLinks } from './queries/list-contact-links.ts';
import { selectLinks } from './queries/select-links.ts';
import { knowledgeCaller } from './route-caller.ts';

const tags = ['knowledge'];

export function linkRoutes(app: ApiApp, ctx: AppContext) {
  app.post(
    '/api/contacts/:id/articles',
    {
      config: { access: 'knowledge.read' },
      schema: {
        tags,
        summary:
          'Link an article to the contact as reused ("this solved it"); linking it again changes nothing',
        params: uuidParam,
        body: linkArticleBody,
        response: { 200: linkResponse, 201: linkResponse, ...recordErrors },
      },
    },
    async (request, reply) => {
      const caller = await knowledgeCaller(ctx, request);
      const { linkId, created } = await linkArticle({
        ...request.body,
        ...caller,
        contactId: request.params.id,
      });
      const row = await selectLinks(ctx.db, caller.organizationId)
        .where('l.id', '=', linkId)
        .executeTakeFirstOrThrow();
      reply.code(created ? 201 : 200);
      return { link: presentLink(row), created };
    },
  );

  app.get(
    '/api/contacts/:id/articles',
    {
      config: { access: 'knowledge.read' },
      schema: {
        tags,
        summary: 'The articles linked to a contact (reused, created from it, flagged on it)',
        params: uuidParam,
        response: { 200: linksResponse, ...recordErrors },
      },
    },
    async (request) => {
      const { organizationId, actor } = await knowledgeCaller(ctx, request);
      const contactId = request.params.id;
      await assertContact(ctx.db, { organizationId, contactId });
      const rows = await listContactLinks(ctx.db, {
        organizationId,
        contactId,
        viewer: actor,
      });
      return { links: rows.map(presentLink) };
    },
  );
}
