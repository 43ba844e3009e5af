import type { Session } from '../../api/types.ts';

/** Where a role starts after sign-in when Home is not where its work is; everyone else, Home. */
const landings: Partial<Record<Session['person']['role'], string>> = {
  auditor: '/audit',
  trainer: '/trainer',
};

export function landingPath(session: Pick<Session, 'person'>): string {
  return landings[session.person.role] ?? '/';
}
