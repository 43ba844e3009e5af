import { endOfDateInZone, startOfDateInZone } from '../policy/dates.ts';

/** A date range picked on the Audit page: calendar dates in the organization's time zone, either open. */
export type DateRange = { from: string; to: string };

export type ExportLink = { label: string; href: string; fileName: string };

const sources = [
  { path: '/api/ledger/entries', name: 'ledger', label: 'Ledger entries' },
  { path: '/api/resolutions', name: 'resolutions', label: 'Resolutions' },
] as const;

const formats = [
  { format: 'csv', label: 'CSV' },
  { format: 'jsonl', label: 'JSON Lines' },
] as const;

/** Why a range cannot be downloaded, or null. */
export function rangeProblem(range: DateRange): string | null {
  if (range.from && range.to && range.from > range.to)
    return 'The first day is after the last day.';
  return null;
}

/**
 * The export endpoints' links for a range: `from` at the start of its first day and `to` at the start
 * of the day after its last (the API's `to` is exclusive), both where the organization is. A link
 * cannot send an Accept header, so `format=` asks for the stream; the session cookie goes with it.
 */
export function exportLinks(range: DateRange, timeZone: string): ExportLink[] {
  const query = new URLSearchParams();
  const from = range.from ? startOfDateInZone(range.from, timeZone) : null;
  const to = range.to ? endOfDateInZone(range.to, timeZone) : null;
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  const span = `${range.from ? `-from-${range.from}` : ''}${range.to ? `-to-${range.to}` : ''}`;
  return sources.flatMap((source) =>
    formats.map(({ format, label }) => {
      const params = new URLSearchParams(query);
      params.set('format', format);
      return {
        label: `${source.label} as ${label}`,
        href: `${source.path}?${params.toString()}`,
        fileName: `${source.name}${span}.${format}`,
      };
    }),
  );
}
