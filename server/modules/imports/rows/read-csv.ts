import fs from 'node:fs';

import { parse } from 'csv-parse';

import type { CellError } from './cells.ts';

export type CsvLine =
  | { line: number; record: Record<string, string>; error?: undefined }
  | { line: number; error: CellError; record?: undefined };

/**
 * The file's lines as records keyed by header, read while streaming (memory stays flat whatever the
 * size). The header must name exactly `columns`, in any order. `line` is the file's line number (the
 * header is 1), also for a quoted cell that spans lines (then its first line).
 */
export async function* readCsv(
  filePath: string,
  columns: readonly string[],
): AsyncGenerator<CsvLine> {
  const parser = fs
    .createReadStream(filePath)
    .pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }));
  let header: string[] | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      const line = info.lines - countNewlines(record);
      if (!header) {
        header = record.map((name) => name.trim().toLowerCase());
        const problem = headerProblem(header, columns);
        if (problem) {
          yield { line, error: problem };
          return;
        }
        continue;
      }
      if (record.length !== header.length) {
        yield {
          line,
          error: {
            column: header[Math.min(record.length, header.length - 1)] ?? '',
            message: `has ${record.length} cells where the header has ${header.length}`,
          },
        };
        continue;
      }
      const fields: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) fields[header[i]!] = record[i]!;
      yield { line, record: fields };
    }
  } catch (error) {
    // A quote left open or a stray one: nothing after it can be trusted, so reading stops here.
    const at = (error as { lines?: number }).lines ?? 0;
    yield {
      line: at,
      error: { column: '', message: `not readable as CSV: ${(error as Error).message}` },
    };
    return;
  }
  if (!header)
    yield {
      line: 1,
      error: {
        column: '',
        message: `the file is empty: the first line names the columns ${columns.join(',')}`,
      },
    };
}

function headerProblem(header: string[], columns: readonly string[]): CellError | undefined {
  const missing = columns.filter((column) => !header.includes(column));
  const unknown = header.filter((name) => !columns.includes(name));
  const repeated = header.filter((name, i) => header.indexOf(name) !== i);
  if (missing.length === 0 && unknown.length === 0 && repeated.length === 0) return undefined;
  const parts = [
    missing.length > 0 ? `missing ${missing.join(', ')}` : '',
    unknown.length > 0 ? `unknown ${unknown.join(', ')}` : '',
    repeated.length > 0 ? `repeated ${repeated.join(', ')}` : '',
  ].filter(Boolean);
  return {
    column: missing[0] ?? unknown[0] ?? repeated[0]!,
    message: `the header must name ${columns.join(',')}: ${parts.join('; ')}`,
  };
}

/** Lines a record's own quoted cells span, so `line` is where the record starts. */
function countNewlines(record: string[]): number {
  let count = 0;
  for (const cell of record)
    for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) count++;
  return count;
}
