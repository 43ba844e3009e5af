import type { CompiledPolicy } from '../../../domain/authority/compile.ts';

const DAY = 86_400_000;

/** The instants each type's customer window starts at (the day and month are the database's to work out, in the organization's time zone). */
export type UsageWindows = { types: string[]; starts: string[] };

export function usageWindows(cp: CompiledPolicy, now: Date): UsageWindows {
  return {
    types: cp.types.map((t) => t.key),
    starts: cp.types.map((t) => new Date(now.getTime() - t.customerWindowDays * DAY).toISOString()),
  };
}
