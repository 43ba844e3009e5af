import type { Override } from '../../../domain/authority/policy.ts';
import { startOfDayIn } from '../../../domain/time-zone.ts';

const isoDate = new Map<string, Intl.DateTimeFormat>();
const readable = new Map<string, Intl.DateTimeFormat>();

function cached(
  map: Map<string, Intl.DateTimeFormat>,
  key: string,
  make: () => Intl.DateTimeFormat,
): Intl.DateTimeFormat {
  let f = map.get(key);
  if (!f) {
    f = make();
    map.set(key, f);
  }
  return f;
}

/** The calendar date ("2026-12-01") an instant falls on in the zone: what a date input shows. */
export function dateInZone(at: Date | string, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return cached(
    isoDate,
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }),
  ).format(new Date(at));
}

/** Midnight at the start of a calendar date in the zone, as an ISO instant. */
export function startOfDateInZone(date: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  let probe = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
  // Noon UTC lands on that date in most zones; the far-east and far-west ones need half a day's nudge.
  const local = dateInZone(new Date(probe), timeZone);
  if (local > date) probe -= 12 * 3_600_000;
  else if (local < date) probe += 12 * 3_600_000;
  return startOfDayIn(timeZone, new Date(probe)).toISOString();
}

/** The start of the day after a date: an override "until Dec 8" runs to the end of that day. */
export function endOfDateInZone(date: string, timeZone: string): string | null {
  const start = startOfDateInZone(date, timeZone);
  if (!start) return null;
  return startOfDateInZone(
    dateInZone(new Date(Date.parse(start) + 36 * 3_600_000), timeZone),
    timeZone,
  );
}

/** The last day an override covers (it expires at the start of the next one). */
export function lastDateInZone(expiresAt: string, timeZone: string): string {
  return dateInZone(new Date(Date.parse(expiresAt) - 1), timeZone);
}

export function formatDate(at: Date | string, timeZone: string): string {
  return cached(
    readable,
    timeZone,
    () => new Intl.DateTimeFormat('en', { timeZone, dateStyle: 'medium' }),
  ).format(new Date(at));
}

export function formatDateTime(at: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en', {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(at));
}

export type OverrideStatus = 'active' | 'scheduled' | 'expired' | 'unpublished';

export function overrideStatus(
  o: Pick<Override, 'startsAt' | 'expiresAt'>,
  now: number,
): OverrideStatus {
  if (now >= Date.parse(o.expiresAt)) return 'expired';
  if (now < Date.parse(o.startsAt)) return 'scheduled';
  return 'active';
}

/** An override only in the draft applies to nobody yet, whatever its dates say. */
export function overrideStatusIn(
  o: Pick<Override, 'id' | 'startsAt' | 'expiresAt'>,
  published: readonly Pick<Override, 'id'>[],
  now: number,
): OverrideStatus {
  const status = overrideStatus(o, now);
  return status !== 'expired' && !published.some((p) => p.id === o.id) ? 'unpublished' : status;
}

/** "Dec 1, 2026 – Dec 8, 2026", both days included. */
export function overridePeriod(
  o: Pick<Override, 'startsAt' | 'expiresAt'>,
  timeZone: string,
): string {
  return `${formatDate(o.startsAt, timeZone)} – ${formatDate(new Date(Date.parse(o.expiresAt) - 1), timeZone)}`;
}
