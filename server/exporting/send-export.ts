import type { FastifyReply } from 'fastify';

import {
  exportContentType,
  exportStream,
  type ExportFormat,
  type ExportSource,
} from './export-stream.ts';

/** Answers with the export as a download, streamed as it is read from the database. */
export function sendExport<T>(
  reply: FastifyReply,
  format: ExportFormat,
  name: string,
  source: ExportSource<T>,
): FastifyReply {
  return reply
    .header('content-type', exportContentType[format])
    .header('content-disposition', `attachment; filename="${name}.${format}"`)
    .send(exportStream(source, format));
}
