import fastifyMultipart from '@fastify/multipart';

import { importKindSchema, importResponse } from '../../../contract/imports.ts';
import { uuidParam } from '../../../contract/shared.ts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { personOf } from '../../http/auth.ts';
import { errorResponses } from '../../http/responses.ts';
import { applyImport } from './commands/apply-import.ts';
import { createImport } from './commands/create-import.ts';
import { presentImport } from './presenter.ts';
import { findImport } from './queries/find-import.ts';
import { importUploadDir } from './upload-dir.ts';

const errors = errorResponses(400, 401, 403, 404, 409);
/** Large enough for millions of rows; the file goes to disk as it arrives, never into memory. */
const MAX_FILE_BYTES = 4 * 1024 ** 3;

export async function importRoutes(app: ApiApp, ctx: AppContext) {
  // Multipart is parsed for these routes only: nothing else in the API takes a file.
  await app.register(async (scope: ApiApp) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5 },
    });

    scope.post(
      '/api/imports',
      {
        config: { access: 'imports.manage' },
        schema: {
          tags: ['imports'],
          summary:
            'Upload a CSV of people, customers or orders: checked as a dry run, nothing written',
          description:
            'multipart/form-data with a `kind` field (people | customers | orders) before the `file` part. The answer reports what applying it would create, change and leave alone, and every bad row by line and column. Columns and formats: docs/IMPORTS.md.',
          consumes: ['multipart/form-data'],
          response: { 201: importResponse, ...errors },
        },
      },
      async (request, reply) => {
        const { organizationId, personId } = personOf(request);
        if (!request.isMultipart())
          throw new AppError('unsupported_media', 'Send the file as multipart/form-data');
        const file = await request.file();
        if (!file) throw AppError.invalid('file', 'attach the CSV file');
        const kindField = file.fields.kind;
        const kind = importKindSchema.safeParse(
          kindField && 'value' in kindField ? kindField.value : undefined,
        );
        if (!kind.success) {
          file.file.resume();
          throw AppError.invalid(
            'kind',
            'must be people, customers or orders, sent before the file',
          );
        }
        const record = await createImport({
          database: ctx.database,
          organizationId,
          kind: kind.data,
          fileName: file.filename.slice(0, 200) || `${kind.data}.csv`,
          source: file.file,
          uploadDir: importUploadDir(ctx.config),
          actorId: personId,
          now: ctx.now(),
        });
        if (file.file.truncated) throw AppError.invalid('file', 'is larger than 4 GiB');
        reply.code(201);
        return { import: presentImport(record) };
      },
    );
  });

  app.post(
    '/api/imports/:id/apply',
    {
      config: { access: 'imports.manage' },
      schema: {
        tags: ['imports'],
        summary: 'Apply a dry run that found nothing wrong, whole or not at all',
        description:
          'The file is checked again and written in one transaction: a 409 when rows no longer pass (the report is updated) or when it is applied already.',
        params: uuidParam,
        response: { 200: importResponse, ...errors },
      },
    },
    async (request) => {
      const { organizationId, personId } = personOf(request);
      const record = await applyImport({
        database: ctx.database,
        organizationId,
        importId: request.params.id,
        actorId: personId,
        now: ctx.now(),
      });
      return { import: presentImport(record) };
    },
  );

  app.get(
    '/api/imports/:id',
    {
      config: { access: 'imports.manage' },
      schema: {
        tags: ['imports'],
        summary: 'An import: its report, and its progress while it is being checked or applied',
        params: uuidParam,
        response: { 200: importResponse, ...errors },
      },
    },
    async (request) => {
      const { organizationId } = personOf(request);
      const record = await findImport({ db: ctx.db, organizationId, importId: request.params.id });
      return { import: presentImport(record) };
    },
  );
}
