import type { Availability } from './types.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as a `datetime-local` value in this browser's time zone ("2026-03-10T17:30"). */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const dateTime = new Intl.DateTimeFormat('en', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});

/** The state line: taking requests or not, or away until when and who stands in. */
export function currentState(a: Availability): string {
  if (a.awayUntil) {
    const until = dateTime.format(new Date(a.awayUntil));
    return a.delegate
      ? `Out of office until ${until}. ${a.delegate.name} decides for you.`
      : `Out of office until ${until}. No delegate.`;
  }
  return a.available
    ? 'Taking requests. Reps’ requests can be routed to you.'
    : 'Not taking requests. Nothing is routed to you.';
}
