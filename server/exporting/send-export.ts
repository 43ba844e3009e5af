import type { FastifyReply } from 'fastify';

import {
  exportContentType,
  exportStream,
  type ExportFormat,
  type ExportSource,
} from './export-stream.ts';

/**
 * Answers with the export as a download, streamed as it is read from the database. `name` null
 * leaves the file's name to the link that asked (its download attribute, e.g. with the date range
 * in it), which a browser uses only when the header names none.
 */
export function sendExport<T>(
  reply: FastifyReply,
  format: ExportFormat,
  name: string | null,
  source: ExportSource<T>,
): FastifyReply {
  return reply
    .header('content-type', exportContentType[format])
    .header('content-disposition', name ? `attachment; filename="${name}.${format}"` : 'attachment')
    .send(exportStream(source, format));
}
