import { useMemo } from 'react';

import { certificationUnlocks } from '../../../domain/authority/certification-unlocks.ts';
import { useSession } from '../auth/session.ts';
import { usePublishedPolicy } from '../workspace/use-authority.ts';

export type UnlockLine = { certification: string; held: boolean; line: string };

/**
 * What each certificate raises at my level, from the published policy through the same domain
 * function GET /api/authority/me answers with ("Pass Refunds II to decide refunds up to $250 on
 * your own"), so the page needs no customer to say it. Empty while the policy loads.
 */
export function useUnlockLines(held: readonly string[]): UnlockLine[] {
  const { person } = useSession();
  const policy = usePublishedPolicy();
  const cp = policy.data ?? null;
  const levelKey = person.level?.key ?? null;
  const heldKey = held.join(',');
  return useMemo(() => {
    if (!cp) return [];
    return certificationUnlocks(cp, levelKey, heldKey ? heldKey.split(',') : []).flat();
  }, [cp, levelKey, heldKey]);
}
