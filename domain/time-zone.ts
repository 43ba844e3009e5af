/**
 * Calendar boundaries in an organization's time zone: a rep's "budget per day" resets at midnight
 * where the contact centre is, not at midnight UTC.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(timeZone: string, at: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, formatter);
  }
  const values: Record<string, number> = {};
  for (const part of formatter.formatToParts(at)) if (part.type !== 'literal') values[part.type] = Number(part.value);
  return { year: values.year!, month: values.month!, day: values.day!, hour: values.hour!, minute: values.minute!, second: values.second! };
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

export function startOfDayIn(timeZone: string, at: Date): Date {
  const p = partsIn(timeZone, at);
  return zonedTimeToUtc(timeZone, p.year, p.month, p.day);
}

export function startOfMonthIn(timeZone: string, at: Date): Date {
  const p = partsIn(timeZone, at);
  return zonedTimeToUtc(timeZone, p.year, p.month, 1);
}
