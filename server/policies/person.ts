import type { Role } from '../db/schema.ts';
import { allowed, firstRefusal, refuse, refuseInvalid, type Verdict } from './verdict.ts';

export type PersonFacts = { id: string; role: Role; levelKey: string | null; active: boolean };
export type PersonChanges = {
  role?: Role | undefined;
  levelKey?: string | null | undefined;
  active?: boolean | undefined;
};

/** What an admin (or, with `actorId` null, the operator or an integration) may do to one person. */
export type PersonPolicy = { changeRole: Verdict; changeLevel: Verdict; deactivate: Verdict };

/**
 * Nobody raises their own authority or changes their own standing (four eyes): another admin changes
 * your role or level, and you cannot deactivate yourself.
 */
export function personPolicy(actorId: string | null, person: PersonFacts): PersonPolicy {
  if (actorId !== person.id)
    return { changeRole: allowed, changeLevel: allowed, deactivate: allowed };
  return {
    changeRole: refuse('forbidden', 'Nobody changes their own role: ask another admin', 'role'),
    changeLevel: refuse(
      'forbidden',
      'Nobody changes their own authority level: ask another admin',
      'levelKey',
    ),
    deactivate: refuseInvalid('active', 'you cannot deactivate yourself'),
  };
}

/** The rules a change meets, in the order they are checked; a change to the same value is no change. */
export function personChangeVerdict(
  actorId: string | null,
  person: PersonFacts,
  changes: PersonChanges,
): Verdict {
  const policy = personPolicy(actorId, person);
  return firstRefusal(
    changes.role !== undefined && changes.role !== person.role ? policy.changeRole : allowed,
    changes.levelKey !== undefined && changes.levelKey !== person.levelKey
      ? policy.changeLevel
      : allowed,
    changes.active === false && person.active ? policy.deactivate : allowed,
  );
}

/** Whether the change takes an active admin away: then the organization's other admins are counted. */
export function removesAnAdmin(person: PersonFacts, changes: PersonChanges): boolean {
  if (person.role !== 'admin' || !person.active) return false;
  return (changes.role !== undefined && changes.role !== 'admin') || changes.active === false;
}

/** The organization keeps at least one active admin: `otherActiveAdmins` counts the others, locked. */
export function keepsAnAdmin(
  person: PersonFacts,
  changes: PersonChanges,
  otherActiveAdmins: number,
): Verdict {
  if (!removesAnAdmin(person, changes) || otherActiveAdmins > 0) return allowed;
  return refuse(
    'conflict',
    "This is the organization's last admin: make someone else an admin first",
    changes.active === false ? 'active' : 'role',
  );
}
