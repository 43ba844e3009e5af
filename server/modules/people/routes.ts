import {
  createPersonBody,
  levelsQuery,
  levelsResponse,
  peopleQuery,
  peopleResponse,
  personResponse,
  teamResponse,
  teamsQuery,
  teamsResponse,
  updatePersonBody,
} from '../../../contract/people.ts';
import { uuidParam } from '../../../contract/shared.ts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { principalOf } from '../../http/auth.ts';
import { recordErrors as errors } from '../../http/responses.ts';
import { createPerson } from './commands/create-person.ts';
import { updatePerson } from './commands/update-person.ts';
import { presentLevel, presentPerson, presentTeam } from './presenter.ts';
import { findPerson } from './queries/find-person.ts';
import { listLevels } from './queries/list-levels.ts';
import { listPeople } from './queries/list-people.ts';
import { listTeams } from './queries/list-teams.ts';

export function peopleRoutes(app: ApiApp, ctx: AppContext) {
  app.get(
    '/api/people',
    {
      config: { access: 'people.read' },
      schema: {
        tags: ['people'],
        summary: 'People of my organization',
        querystring: peopleQuery,
        response: { 200: peopleResponse, ...errors },
      },
    },
    async (request) => {
      const { organizationId } = principalOf(request);
      const { cursor, role, active, ...query } = request.query;
      const page = await listPeople({
        db: ctx.db,
        organizationId,
        ...query,
        ...(role ? { roles: role } : {}),
        ...(active === undefined ? {} : { active }),
        ...(cursor ? { cursor } : {}),
      });
      return { people: page.rows.map(presentPerson), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/people/:id',
    {
      config: { access: 'people.read' },
      schema: {
        tags: ['people'],
        summary: 'One person',
        params: uuidParam,
        response: { 200: personResponse, ...errors },
      },
    },
    async (request) => {
      const { organizationId } = principalOf(request);
      return {
        person: presentPerson(
          await findPerson({ db: ctx.db, organizationId, personId: request.params.id }),
        ),
      };
    },
  );

  app.post(
    '/api/people',
    {
      config: { access: 'people.manage' },
      schema: {
        tags: ['people'],
        summary: 'Add a person',
        body: createPersonBody,
        response: { 201: personResponse, ...errors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { organizationId } = principal;
      const { id } = await createPerson({
        ...request.body,
        db: ctx.db,
        organizationId,
        actorId: principal.kind === 'person' ? principal.personId : null,
        now: ctx.now(),
      });
      reply.code(201);
      return {
        person: presentPerson(await findPerson({ db: ctx.db, organizationId, personId: id })),
      };
    },
  );

  app.patch(
    '/api/people/:id',
    {
      config: { access: 'people.manage' },
      schema: {
        tags: ['people'],
        summary: 'Change a person',
        params: uuidParam,
        body: updatePersonBody,
        response: { 200: personResponse, ...errors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { organizationId } = principal;
      const actorId = principal.kind === 'person' ? principal.personId : null;
      await updatePerson({
        db: ctx.db,
        organizationId,
        actorId,
        personId: request.params.id,
        changes: request.body,
        now: ctx.now(),
      });
      return {
        person: presentPerson(
          await findPerson({ db: ctx.db, organizationId, personId: request.params.id }),
        ),
      };
    },
  );

  app.get(
    '/api/teams',
    {
      config: { access: 'teams.read' },
      schema: {
        tags: ['people'],
        summary: 'Teams of my organization, in the order they were made',
        querystring: teamsQuery,
        response: { 200: teamsResponse, ...errors },
      },
    },
    async (request) => {
      const { cursor, limit, q } = request.query;
      const page = await listTeams({
        db: ctx.db,
        organizationId: principalOf(request).organizationId,
        ...(cursor ? { cursor } : {}),
        ...(q ? { q } : {}),
        limit,
      });
      return { teams: page.rows.map(presentTeam), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/teams/:id',
    {
      config: { access: 'teams.read' },
      schema: {
        tags: ['people'],
        summary: 'One team and its members',
        params: uuidParam,
        response: {
          200: teamResponse,
          ...errors,
        },
      },
    },
    async (request) => {
      const { organizationId } = principalOf(request);
      const [team] = (await listTeams({ db: ctx.db, organizationId, teamId: request.params.id }))
        .rows;
      if (!team) throw AppError.notFound('Team');
      const members = await listPeople({ db: ctx.db, organizationId, teamId: team.id });
      return { team: presentTeam(team), members: members.rows.map(presentPerson) };
    },
  );

  app.get(
    '/api/authority-levels',
    {
      config: { access: 'levels.read' },
      schema: {
        tags: ['people'],
        summary: 'Authority levels, lowest first',
        querystring: levelsQuery,
        response: { 200: levelsResponse, ...errors },
      },
    },
    async (request) => {
      const { cursor, limit } = request.query;
      const page = await listLevels({
        db: ctx.db,
        organizationId: principalOf(request).organizationId,
        ...(cursor ? { cursor } : {}),
        limit,
      });
      return { levels: page.rows.map(presentLevel), nextCursor: page.nextCursor };
    },
  );
}
