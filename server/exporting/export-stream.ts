import { pipeline, Readable, Transform } from 'node:stream';

import { stringify } from 'csv-stringify';

import { csvCell } from './csv-cell.ts';

export type ExportFormat = 'csv' | 'jsonl';

/** What a list exports: its rows, and how one row becomes a CSV record and a JSON line. */
export type ExportSource<T> = {
  rows: AsyncIterable<T>;
  columns: readonly string[];
  csvRecord(row: T): Record<string, unknown>;
  jsonLine(row: T): unknown;
};

export const exportContentType: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
};

/** The format `?format=` names, else the one an Accept header asks for; undefined means the JSON page. */
export function exportFormatOf(
  accept: string | undefined,
  format?: ExportFormat,
): ExportFormat | undefined {
  if (format) return format;
  if (!accept) return undefined;
  if (/\btext\/csv\b/.test(accept)) return 'csv';
  if (/\bapplication\/(x-ndjson|jsonl)\b/.test(accept)) return 'jsonl';
  return undefined;
}

/**
 * The rows as a byte stream, pulled as the reader reads: the source fetches a batch when the stream
 * wants more, so a slow client holds one batch in memory, not the export.
 */
export function exportStream<T>(source: ExportSource<T>, format: ExportFormat): Readable {
  const rows = Readable.from(source.rows, { objectMode: true, highWaterMark: 64 });
  // pipeline, not pipe: a failed query destroys the output too, so the response ends as an error
  // instead of a file that looks complete.
  const ignore = () => {};
  if (format === 'jsonl')
    return pipeline(
      rows,
      new Transform({
        writableObjectMode: true,
        transform(row: T, _encoding, done) {
          done(null, `${JSON.stringify(source.jsonLine(row))}\n`);
        },
      }),
      ignore,
    );
  return pipeline(
    rows,
    new Transform({
      objectMode: true,
      transform(row: T, _encoding, done) {
        const record = source.csvRecord(row);
        done(null, Object.fromEntries(source.columns.map((c) => [c, csvCell(record[c])])));
      },
    }),
    stringify({ header: true, columns: [...source.columns] }),
    ignore,
  );
}

/** The most rows an export holds at once: one page of its query. */
export const EXPORT_BATCH = 1_000;

/**
 * Every row of a paged query from `cursor` on, a page at a time. The first page is read before this
 * returns, so a bad cursor or filter is still a 400 rather than a broken 200 stream.
 */
export async function pagedRows<T>(
  page: (cursor: string | undefined) => Promise<{ rows: T[]; nextCursor: string | null }>,
  cursor?: string,
): Promise<AsyncIterable<T>> {
  const first = await page(cursor);
  return (async function* () {
    yield* first.rows;
    for (let next = first.nextCursor; next !== null;) {
      const result = await page(next);
      yield* result.rows;
      next = result.nextCursor;
    }
  })();
}
