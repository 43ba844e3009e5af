import { pipeline } from 'node:stream/promises';

import type { Db } from '../../server/db/database.ts';
import { AppError } from '../../server/errors.ts';
import {
  EXPORT_BATCH,
  exportStream,
  pagedRows,
  type ExportFormat,
  type ExportSource,
} from '../../server/exporting/export-stream.ts';
import {
  ledgerCsvColumns,
  presentLedgerCsvRecord,
  presentLedgerEntry,
} from '../../server/modules/ledger/presenter.ts';
import { pageLedgerEntries } from '../../server/modules/ledger/queries/page-ledger-entries.ts';
import {
  presentResolution,
  presentResolutionCsvRecord,
  resolutionCsvColumns,
} from '../../server/modules/resolutions/presenter.ts';
import { pageResolutions } from '../../server/modules/resolutions/queries/page-resolutions.ts';
import { parseFlags, UsageError, withDatabase, type Command } from '../command.ts';

export const exportCommand: Command = {
  summary:
    "Write an organization's resolutions or ledger entries (with their hashes) to standard output as CSV or JSON Lines",
  usage:
    'resolutions|ledger [--from <ISO time>] [--to <ISO time>] [--format csv|jsonl] [--org <slug>]',
  async run(argv) {
    const { values, positionals } = parseFlags(argv, {
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', default: 'csv' },
      org: { type: 'string' },
    });
    const what = positionals[0];
    if (what !== 'resolutions' && what !== 'ledger')
      throw new UsageError('Export `resolutions` or `ledger`');
    if (values.format !== 'csv' && values.format !== 'jsonl')
      throw new UsageError('--format: csv or jsonl');
    const window = { ...timeOf('from', values.from), ...timeOf('to', values.to) };
    const format: ExportFormat = values.format;
    return withDatabase(async ({ db }) => {
      const organizationId = await organizationOf(db, values.org);
      if (what === 'ledger')
        await write(format, {
          rows: await pagedRows((cursor) =>
            pageLedgerEntries({
              db,
              organizationId,
              filter: window,
              ...(cursor ? { cursor } : {}),
              limit: EXPORT_BATCH,
            }),
          ),
          columns: ledgerCsvColumns,
          csvRecord: presentLedgerCsvRecord,
          jsonLine: presentLedgerEntry,
        });
      else
        await write(format, {
          rows: await pagedRows((cursor) =>
            pageResolutions({
              db,
              organizationId,
              // Whoever runs the CLI operates the deployment: the whole organization.
              reach: { kind: 'organization' },
              filter: window,
              ...(cursor ? { cursor } : {}),
              limit: EXPORT_BATCH,
            }),
          ),
          columns: resolutionCsvColumns,
          csvRecord: presentResolutionCsvRecord,
          jsonLine: (row) => presentResolution(row),
        });
      return 0;
    });
  },
};

/** Standard output stays open: the process ends it, and a closed pipe (`| head`) just stops the export. */
function write<T>(format: ExportFormat, source: ExportSource<T>): Promise<void> {
  return pipeline(exportStream(source, format), process.stdout, { end: false });
}

function timeOf(flag: 'from' | 'to', value: string | undefined): { from?: Date; to?: Date } {
  if (value === undefined) return {};
  const time = new Date(value);
  if (!/^\d{4}-\d\d-\d\d/.test(value) || Number.isNaN(time.getTime()))
    throw new UsageError(
      `--${flag}: an ISO 8601 date or time, such as 2026-12-01 or 2026-12-01T09:00:00Z`,
    );
  return { [flag]: time };
}

/** The organization named, or the only one there is. */
async function organizationOf(db: Db, slug: string | undefined): Promise<string> {
  let query = db.selectFrom('organizations').select('id').limit(2);
  if (slug) query = query.where('slug', '=', slug);
  const orgs = await query.execute();
  if (orgs.length === 0)
    throw AppError.notFound(slug ? `Organization "${slug}"` : 'An organization');
  if (orgs.length > 1) throw new UsageError('Name the organization with --org <slug>');
  return orgs[0]!.id;
}
