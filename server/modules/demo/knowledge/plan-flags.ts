import type { Random } from '../../../../domain/random.ts';
import { demoFlags, demoPolicyChangeFlag, type DemoFlag } from './demo-flags.ts';
import { daysBefore } from './plan-articles.ts';
import type { ContactHistory, Floor } from './plan-contacts.ts';

const MINUTE = 60 * 1000;
const DAY = 24 * MINUTE * 60;

export type PlannedFlag = {
  flag: DemoFlag;
  at: Date;
  resolvedAt: Date | null;
};

/** When each flag was raised and resolved; `now` bounds a resolution that would land in the future. */
export function planFlags(random: Random, now: Date): PlannedFlag[] {
  return demoFlags.map((flag) => {
    const at = daysBefore(now, flag.daysAgo, random);
    const resolvedAt = flag.resolved
      ? new Date(Math.min(at.getTime() + flag.resolved.daysLater * DAY, now.getTime() - MINUTE))
      : null;
    return { flag, at, resolvedAt };
  });
}

export function policyChangeFlagAt(random: Random, now: Date): Date {
  return daysBefore(now, demoPolicyChangeFlag.daysAgo, random);
}

/** Archived articles whose archiving answered a flag were archived when the flag was resolved. */
export function archivedByFlag(flags: readonly PlannedFlag[]): Map<string, Date> {
  return new Map(
    flags
      .filter((f) => f.resolvedAt && f.flag.resolved?.note === 'Archived.')
      .map((f) => [f.flag.articleKey, f.resolvedAt!] as const),
  );
}

/** Each person's flag was raised while they were on a contact, which carries a `flagged` link. */
export function addFlagContacts(
  random: Random,
  history: ContactHistory,
  floor: Floor,
  flags: readonly PlannedFlag[],
  titleOf: (articleKey: string) => string,
  since: Date,
): void {
  // The contact history covers the last 90 days; older flags keep their flag, not their contact.
  for (const { flag, at } of flags.filter((f) => f.at >= since)) {
    const openedAt = new Date(at.getTime() - random.int(3, 12) * MINUTE);
    history.contacts.push({
      customerRef: random.pick(floor.customerRefs),
      openedBy: flag.raisedBy,
      channel: 'call',
      reason: titleOf(flag.articleKey),
      notes: '',
      openedAt,
      closedAt: new Date(at.getTime() + random.int(2, 6) * MINUTE),
    });
    history.links.push({
      contact: history.contacts.length - 1,
      articleKey: flag.articleKey,
      kind: 'flagged',
      query: null,
      by: flag.raisedBy,
      at,
    });
  }
}
