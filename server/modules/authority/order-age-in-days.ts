const DAY = 86_400_000;

/** Whole days since the order was placed, never negative. */
export function orderAgeInDays(placedAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - placedAt.getTime()) / DAY));
}
