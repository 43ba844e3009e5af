import { uuidParam } from '../../../contract/shared.ts';
import {
  answerBody,
  attemptResponse,
  awardBody,
  catalogueQuery,
  catalogueResponse,
  certificationBody,
  certificationResponse,
  courseBody,
  courseContentResponse,
  courseDetailResponse,
  courseResponse,
  coursesQuery,
  coursesResponse,
  heldCertificationResponse,
  lessonParams,
  lessonProgressResponse,
  myTrainingResponse,
  revokeBody,
  submitResponse,
} from '../../../contract/training.ts';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { personOf, principalOf } from '../../http/auth.ts';
import { recordErrors as errors, noContent } from '../../http/responses.ts';
import { can } from '../../policies/abilities.ts';
import { answerQuestion } from './commands/answer-question.ts';
import { archiveCourse } from './commands/archive-course.ts';
import { completeLesson } from './commands/complete-lesson.ts';
import { createCertification } from './commands/create-certification.ts';
import { createCourse } from './commands/create-course.ts';
import { publishCourse } from './commands/publish-course.ts';
import { revokeCertification } from './commands/revoke-certification.ts';
import { signOffCertification } from './commands/sign-off-certification.ts';
import { startAttempt } from './commands/start-attempt.ts';
import { submitAttempt } from './commands/submit-attempt.ts';
import { updateCourse } from './commands/update-course.ts';
import { listCatalogue } from './queries/list-catalogue.ts';
import { listPublishedCourses, readCourse } from './queries/list-courses.ts';
import { myTraining } from './queries/my-training.ts';
import { readCourseContent } from './queries/read-course-content.ts';

const tags = ['training'];

export function trainingRoutes(app: ApiApp, ctx: AppContext) {
  app.get(
    '/api/training/me',
    {
      config: { access: 'training.learn' },
      schema: {
        tags,
        summary: 'My latest attempt at each course and latest certification of each key',
        response: { 200: myTrainingResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      return myTraining({
        db: ctx.db,
        organizationId: me.organizationId,
        personId: me.personId,
        now: ctx.now(),
      });
    },
  );

  app.get(
    '/api/training/courses',
    {
      config: { access: 'training.learn' },
      schema: {
        tags,
        summary: 'Published courses, newest first',
        querystring: coursesQuery,
        response: { 200: coursesResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      return listPublishedCourses({
        db: ctx.db,
        organizationId: me.organizationId,
        ...request.query,
      });
    },
  );

  app.get(
    '/api/training/courses/:id',
    {
      config: { access: 'training.learn' },
      schema: {
        tags,
        summary:
          'One course (a draft only for trainers) with its lessons, my progress and the prerequisites I lack; never a question',
        params: uuidParam,
        response: { 200: courseDetailResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      return readCourse({
        db: ctx.db,
        organizationId: me.organizationId,
        personId: me.personId,
        courseId: request.params.id,
        teaches: can(principalOf(request), 'training.teach'),
        now: ctx.now(),
      });
    },
  );

  app.get(
    '/api/training/courses/:id/content',
    {
      config: { access: 'training.teach' },
      schema: {
        tags,
        summary: 'A course as its editor writes it, answer keys included (trainers, admins)',
        params: uuidParam,
        response: { 200: courseContentResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      return readCourseContent({
        db: ctx.db,
        organizationId: me.organizationId,
        courseId: request.params.id,
      });
    },
  );

  app.put(
    '/api/training/courses/:id',
    {
      config: { access: 'training.teach' },
      schema: {
        tags,
        summary: "Replace a draft course's settings, lessons and questions (a published one: 409)",
        params: uuidParam,
        body: courseBody,
        response: { 200: courseResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      const course = await updateCourse({
        db: ctx.db,
        organizationId: me.organizationId,
        courseId: request.params.id,
        course: request.body,
      });
      return { course };
    },
  );

  app.post(
    '/api/training/courses/:id/lessons/:lessonId/complete',
    {
      config: { access: 'training.learn' },
      schema: {
        tags,
        summary: 'Mark a lesson of a published course done for me (again is harmless)',
        params: lessonParams,
        response: { 200: lessonProgressResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      const progress = await completeLesson({
        db: ctx.db,
        publicUrl: ctx.config.publicUrl,
        organizationId: me.organizationId,
        personId: me.personId,
        courseId: request.params.id,
        lessonId: request.params.lessonId,
        now: ctx.now(),
      });
      return { progress };
    },
  );

  app.post(
    '/api/training/courses',
    {
      config: { access: 'training.teach' },
      schema: {
        tags,
        summary: 'Create a draft course with its question pool',
        body: courseBody,
        response: { 201: courseResponse, ...errors },
      },
    },
    async (request, reply) => {
      const me = personOf(request);
      const course = await createCourse({
        db: ctx.db,
        organizationId: me.organizationId,
        trainerId: me.personId,
        course: request.body,
      });
      return reply.code(201).send({ course });
    },
  );

  app.post(
    '/api/training/courses/:id/publish',
    {
      config: { access: 'training.teach' },
      schema: {
        tags,
        summary: 'Publish a draft course',
        params: uuidParam,
        response: { 200: courseResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      const course = await publishCourse({
        db: ctx.db,
        organizationId: me.organizationId,
        courseId: request.params.id,
      });
      return { course };
    },
  );

  app.post(
    '/api/training/courses/:id/archive',
    {
      config: { access: 'training.teach' },
      schema: {
        tags,
        summary: 'Archive a course: learners no longer see or start it; its history stays',
        params: uuidParam,
        response: { 200: courseResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      const course = await archiveCourse({
        db: ctx.db,
        organizationId: me.organizationId,
        courseId: request.params.id,
      });
      return { course };
    },
  );

  app.post(
    '/api/training/courses/:id/attempts',
    {
      config: { access: 'training.learn' },
      schema: {
        tags,
        summary: 'Start an attempt: questions drawn from the pool, without their answers',
        params: uuidParam,
        response: { 201: attemptResponse, ...errors },
      },
    },
    async (request, reply) => {
      const me = personOf(request);
      const attempt = await startAttempt({
        db: ctx.db,
        organizationId: me.organizationId,
        personId: me.personId,
        courseId: request.params.id,
        publicUrl: ctx.config.publicUrl,
        now: ctx.now(),
      });
      return reply.code(201).send({ attempt });
    },
  );

  app.post(
    '/api/training/attempts/:id/answers',
    {
      config: { access: 'training.learn' },
      schema: {
        tags,
        summary: 'Answer (or change the answer to) one question of my open attempt',
        params: uuidParam,
        body: answerBody,
        response: { 204: noContent, ...errors },
      },
    },
    async (request, reply) => {
      const me = personOf(request);
      await answerQuestion({
        db: ctx.db,
        organizationId: me.organizationId,
        personId: me.personId,
        attemptId: request.params.id,
        questionId: request.body.questionId,
        answer: request.body.answer,
        publicUrl: ctx.config.publicUrl,
        now: ctx.now(),
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/training/attempts/:id/submit',
    {
      config: { access: 'training.learn' },
      schema: {
        tags,
        summary: 'Submit my attempt once: scored, and on a pass the certification awarded',
        params: uuidParam,
        response: { 200: submitResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      return submitAttempt({
        db: ctx.db,
        publicUrl: ctx.config.publicUrl,
        organizationId: me.organizationId,
        personId: me.personId,
        attemptId: request.params.id,
        now: ctx.now(),
      });
    },
  );

  app.get(
    '/api/training/catalogue',
    {
      // Everyone may read what there is to earn; the policy admin names these in certified tiers.
      config: { access: 'training.learn' },
      schema: {
        tags,
        summary: "The organization's certification catalogue, by key",
        querystring: catalogueQuery,
        response: { 200: catalogueResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      return listCatalogue({ db: ctx.db, organizationId: me.organizationId, ...request.query });
    },
  );

  app.post(
    '/api/training/catalogue',
    {
      config: { access: 'training.teach' },
      schema: {
        tags,
        summary: "Add a certification to the organization's catalogue",
        body: certificationBody,
        response: { 201: certificationResponse, ...errors },
      },
    },
    async (request, reply) => {
      const me = personOf(request);
      const certification = await createCertification({
        db: ctx.db,
        organizationId: me.organizationId,
        ...request.body,
      });
      return reply.code(201).send({ certification });
    },
  );

  app.post(
    '/api/training/certifications',
    {
      config: { access: 'training.teach' },
      schema: {
        tags,
        summary: "Sign off someone's practical skill: never your own",
        body: awardBody,
        response: { 201: heldCertificationResponse, ...errors },
      },
    },
    async (request, reply) => {
      const me = personOf(request);
      const certification = await signOffCertification({
        db: ctx.db,
        organizationId: me.organizationId,
        trainerId: me.personId,
        ...request.body,
        now: ctx.now(),
      });
      return reply.code(201).send({ certification });
    },
  );

  app.post(
    '/api/training/certifications/:id/revoke',
    {
      config: { access: 'training.teach' },
      schema: {
        tags,
        summary: 'Revoke a certification, with the reason (ledgered)',
        params: uuidParam,
        body: revokeBody,
        response: { 200: heldCertificationResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      const certification = await revokeCertification({
        db: ctx.db,
        organizationId: me.organizationId,
        trainerId: me.personId,
        certificationId: request.params.id,
        reason: request.body.reason,
        now: ctx.now(),
      });
      return { certification };
    },
  );
}
