import {
  assignedResponse,
  assignmentBody,
  assignmentResponse,
  assignmentsQuery,
  assignmentsResponse,
  progressQuery,
  progressResponse,
  todayResponse,
} from '../../../contract/assignments.ts';
import { uuidParam } from '../../../contract/shared.ts';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { personOf } from '../../http/auth.ts';
import { recordErrors as errors } from '../../http/responses.ts';
import { assignCourse } from './commands/assign-course.ts';
import { cancelAssignment } from './commands/cancel-assignment.ts';
import { listAssignments } from './queries/list-assignments.ts';
import { trainerToday } from './queries/trainer-today.ts';
import { trainingProgress } from './queries/training-progress.ts';

const tags = ['training'];

export function assignmentRoutes(app: ApiApp, ctx: AppContext) {
  app.post(
    '/api/training/assignments',
    {
      config: { access: 'training.teach' },
      schema: {
        tags,
        summary: 'Assign a published course to a team or to people, with a due date',
        body: assignmentBody,
        response: { 201: assignedResponse, ...errors },
      },
    },
    async (request, reply) => {
      const me = personOf(request);
      const result = await assignCourse({
        db: ctx.db,
        organizationId: me.organizationId,
        trainerId: me.personId,
        ...request.body,
        now: ctx.now(),
      });
      return reply.code(201).send(result);
    },
  );

  app.get(
    '/api/training/assignments',
    {
      config: { access: 'training.teach' },
      schema: {
        tags,
        summary: 'Assignments, newest first, by course, team, person or status',
        querystring: assignmentsQuery,
        response: { 200: assignmentsResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      return listAssignments({
        db: ctx.db,
        organizationId: me.organizationId,
        now: ctx.now(),
        ...request.query,
      });
    },
  );

  app.post(
    '/api/training/assignments/:id/cancel',
    {
      config: { access: 'training.teach' },
      schema: {
        tags,
        summary: 'Cancel an assignment (once); no reminder follows',
        params: uuidParam,
        response: { 200: assignmentResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      const assignment = await cancelAssignment({
        db: ctx.db,
        organizationId: me.organizationId,
        trainerId: me.personId,
        assignmentId: request.params.id,
        now: ctx.now(),
      });
      return { assignment };
    },
  );

  app.get(
    '/api/training/progress',
    {
      config: { access: 'training.teach' },
      schema: {
        tags,
        summary:
          'Completion and pass rate by team, certification coverage per type, expiring certificates, question statistics',
        querystring: progressQuery,
        response: { 200: progressResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      return trainingProgress({
        db: ctx.db,
        organizationId: me.organizationId,
        now: ctx.now(),
        ...request.query,
      });
    },
  );

  app.get(
    '/api/training/today',
    {
      config: { access: 'training.teach' },
      schema: {
        tags,
        summary:
          'What needs the trainer today: overdue and due assignments, expiring certificates, weak questions',
        response: { 200: todayResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      return trainerToday({ db: ctx.db, organizationId: me.organizationId, now: ctx.now() });
    },
  );
}
