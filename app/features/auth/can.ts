import type { Session } from '../../api/types.ts';

/**
 * Whether the signed-in person may use what needs `ability` (a server ability name; null: everyone),
 * read from the abilities /api/me returns for their role, so the app keeps no role table of its own.
 * Interface only: shapes what the app shows, the server checks every request on its own.
 */
export function canUse(session: Pick<Session, 'abilities'>, ability: string | null): boolean {
  return ability === null || session.abilities.includes(ability);
}
