import type { Role } from '../db/schema.ts';
import { AppError } from '../errors.ts';

export type PersonAsIs = { id: string; role: Role; levelKey: string | null; active: boolean };
export type PersonChanges = {
  role?: Role | undefined;
  levelKey?: string | null | undefined;
  active?: boolean | undefined;
};

/**
 * Nobody raises their own authority or changes their own standing (four eyes): another admin changes
 * your role or level, and you cannot deactivate yourself. A change to the same value is no change.
 */
export function assertMayChangePerson(
  actorId: string | null,
  target: PersonAsIs,
  changes: PersonChanges,
): void {
  if (actorId !== target.id) return;
  if (changes.role !== undefined && changes.role !== target.role)
    throw new AppError('forbidden', 'Nobody changes their own role: ask another admin', 'role');
  if (changes.levelKey !== undefined && changes.levelKey !== target.levelKey)
    throw new AppError(
      'forbidden',
      'Nobody changes their own authority level: ask another admin',
      'levelKey',
    );
  if (changes.active === false && target.active)
    throw AppError.invalid('active', 'you cannot deactivate yourself');
}

/** Whether the change takes an active admin away: the organization must keep at least one. */
export function removesAnAdmin(target: PersonAsIs, changes: PersonChanges): boolean {
  if (target.role !== 'admin' || !target.active) return false;
  return (changes.role !== undefined && changes.role !== 'admin') || changes.active === false;
}
