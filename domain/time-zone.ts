/**
 * Calendar boundaries in an organization's time zone: a rep's "budget per day" resets at midnight
 * where the contact centre is, not at midnight UTC.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(
  timeZone: string,
  at: Date,
): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const values: Record<string, number> = {};
  for (const part of formatter.formatToParts(at))
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  return {
    year: values.year!,
    month: values.month!,
    day: values.day!,
    hour: values.hour!,
    minute: values.minute!,
    second: values.second!,
  };
}

/** The instant at which the given local wall-clock time occurs in the zone (the earlier one in a DST overlap). */
function zonedTimeToUtc(timeZone: string, year: number, month: number, day: number): Date {
  const guess = Date.UTC(year, month - 1, day);
  // Two passes settle the offset, including across a DST change on that day.
  let result = guess;
  for (let i = 0; i < 2; i++) {
    const p = partsIn(timeZone, new Date(result));
    const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    result = guess - (asUtc - result);
  }
  return new Date(result);
}

function computeStartOfDay(timeZone: string, at: Date): Date {
  const p = partsIn(timeZone, at);
  return zonedTimeToUtc(timeZone, p.year, p.month, p.day);
}

function computeStartOfMonth(timeZone: string, at: Date): Date {
  const p = partsIn(timeZone, at);
  return zonedTimeToUtc(timeZone, p.year, p.month, 1);
}

/**
 * Intl's formatToParts costs tens of microseconds and every decision asks for today's and this month's
 * start: remember the current period per zone and reuse it until the instant leaves it.
 */
type Period = { start: number; end: number; value: Date };
const dayCache = new Map<string, Period>();
const monthCache = new Map<string, Period>();

function cached(
  cache: Map<string, Period>,
  compute: (zone: string, at: Date) => Date,
  timeZone: string,
  at: Date,
  next: (start: Date) => Date,
): Date {
  const t = at.getTime();
  const hit = cache.get(timeZone);
  if (hit && hit.start <= t && t < hit.end) return hit.value;
  const value = compute(timeZone, at);
  cache.set(timeZone, { start: value.getTime(), end: next(value).getTime(), value });
  return value;
}

export function startOfDayIn(timeZone: string, at: Date): Date {
  // The next day starts at most 26 hours later (a day with a DST change is 23 or 25 hours long).
  return cached(dayCache, computeStartOfDay, timeZone, at, (start) =>
    computeStartOfDay(timeZone, new Date(start.getTime() + 26 * 3_600_000)),
  );
}

export function startOfMonthIn(timeZone: string, at: Date): Date {
  return cached(monthCache, computeStartOfMonth, timeZone, at, (start) =>
    computeStartOfMonth(timeZone, new Date(start.getTime() + 32 * 86_400_000)),
  );
}
