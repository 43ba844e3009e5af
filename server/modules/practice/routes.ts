import {
  pickPracticeBody,
  practiceAnswerBody,
  practiceGradeResponse,
  practiceQuery,
  practiceSituationResponse,
} from '../../../contract/practice.ts';
import { uuidParam } from '../../../contract/shared.ts';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { personOf } from '../../http/auth.ts';
import { recordErrors as errors } from '../../http/responses.ts';
import { loadCompiledPolicy } from '../authority/queries/load-compiled-policy.ts';
import { answerPracticeSituation } from './commands/answer-practice-situation.ts';
import { drawPracticeSituation } from './commands/draw-practice-situation.ts';
import { pickPracticeSituation } from './commands/pick-practice-situation.ts';
import { presentPracticeSituation } from './presenter.ts';

export function practiceRoutes(app: ApiApp, ctx: AppContext) {
  app.get(
    '/api/training/practice',
    {
      config: { access: 'practice.answer' },
      schema: {
        tags: ['training'],
        summary: 'A practice situation at the edge of my own limits, to answer (drawn and stored)',
        querystring: practiceQuery,
        response: { 200: practiceSituationResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      const drawn = await drawPracticeSituation({
        db: ctx.db,
        organizationId: me.organizationId,
        personId: me.personId,
        type: request.query.type,
        now: ctx.now(),
      });
      const cp = await loadCompiledPolicy({ db: ctx.db, organizationId: me.organizationId });
      return { situation: presentPracticeSituation(drawn, cp) };
    },
  );

  app.post(
    '/api/training/practice/:id/answer',
    {
      config: { access: 'practice.answer' },
      schema: {
        tags: ['training'],
        summary: 'Answer my practice situation once: graded by the engine, nothing spent',
        params: uuidParam,
        body: practiceAnswerBody,
        response: { 200: practiceGradeResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      const { amount, currency, ...answer } = request.body;
      return answerPracticeSituation({
        db: ctx.db,
        publicUrl: ctx.config.publicUrl,
        organizationId: me.organizationId,
        personId: me.personId,
        situationId: request.params.id,
        answer: { ...answer, amountMinor: amount, currency },
        now: ctx.now(),
      });
    },
  );

  app.post(
    '/api/training/practice/situations',
    {
      config: { access: 'practice.pick' },
      schema: {
        tags: ['training'],
        summary: 'Make an anonymized practice situation from a real past decision',
        body: pickPracticeBody,
        response: { 201: practiceSituationResponse, ...errors },
      },
    },
    async (request, reply) => {
      const me = personOf(request);
      const picked = await pickPracticeSituation({
        db: ctx.db,
        organizationId: me.organizationId,
        trainerId: me.personId,
        resolutionId: request.body.resolutionId,
      });
      const cp = await loadCompiledPolicy({ db: ctx.db, organizationId: me.organizationId });
      return reply.code(201).send({ situation: presentPracticeSituation(picked, cp) });
    },
  );
}
