const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A duration as a clock reads: "0:42", "12:05", "1:02:09"; beyond a day, "2 d 3 h". Negative
 * durations (a clock slightly behind the server's) read as "0:00" rather than going backwards.
 */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours}:${pad(minutes)}:${pad(seconds)}`;
  return `${minutes}:${pad(seconds)}`;
}

/** How urgent a wait is, for its colour: the customer is usually still on the line. */
export function waitUrgency(ms: number): 'fresh' | 'waiting' | 'long' {
  if (ms < 60_000) return 'fresh';
  if (ms < 180_000) return 'waiting';
  return 'long';
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "just now", "5 minutes ago", "3 days ago": for history, where the exact second does not matter. */
export function formatAgo(iso: string, now: number): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return 'just now';
  if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
  if (abs < 86_400 * 60) return relative.format(Math.round(seconds / 86_400), 'day');
  return relative.format(Math.round(seconds / (86_400 * 30)), 'month');
}
