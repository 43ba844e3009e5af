import {
  licenceResponse,
  licencesQuery,
  licencesResponse,
  setLicenceBody,
} from '../../../contract/knowledge.ts';
import { uuidParam } from '../../../contract/shared.ts';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { principalOf } from '../../http/auth.ts';
import { recordErrors } from '../../http/responses.ts';
import { personIdOf } from '../../policies/principal.ts';
import { setKnowledgeLicence } from './commands/set-knowledge-licence.ts';
import { presentLicence } from './presenter.ts';
import { listLicences } from './queries/list-licences.ts';
import { selectLicences } from './queries/select-licences.ts';

const tags = ['knowledge'];

export function licenceRoutes(app: ApiApp, ctx: AppContext) {
  app.put(
    '/api/people/:id/knowledge-licence',
    {
      config: { access: 'knowledge.licences' },
      schema: {
        tags,
        summary: "Grant, change or revoke (null) a person's KCS licence; never your own",
        params: uuidParam,
        body: setLicenceBody,
        response: { 200: licenceResponse, ...recordErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { organizationId } = principal;
      await setKnowledgeLicence({
        db: ctx.db,
        organizationId,
        actorId: personIdOf(principal) ?? '',
        personId: request.params.id,
        licence: request.body.licence,
        now: ctx.now(),
      });
      const row = await selectLicences(ctx.db, organizationId)
        .where('l.personId', '=', request.params.id)
        .executeTakeFirst();
      return { licence: row ? presentLicence(row) : null };
    },
  );

  app.get(
    '/api/knowledge/licences',
    {
      config: { access: 'knowledge.licences' },
      schema: {
        tags,
        summary: 'Who holds which KCS licence (no row: a reader), the latest granted first',
        querystring: licencesQuery,
        response: { 200: licencesResponse, ...recordErrors },
      },
    },
    async (request) => {
      const { rows, nextCursor } = await listLicences(ctx.db, {
        ...request.query,
        organizationId: principalOf(request).organizationId,
      });
      return { licences: rows.map(presentLicence), nextCursor };
    },
  );
}
