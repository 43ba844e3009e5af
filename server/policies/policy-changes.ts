import type { Override } from '../../domain/authority/policy.ts';
import { AppError } from '../errors.ts';

const own = (overrides: readonly Override[], personId: string) =>
  JSON.stringify(overrides.filter((o) => o.personId === personId));

/** Nobody writes their own personal overrides (four eyes): another admin adds, changes or removes them. */
export function assertOwnOverridesUnchanged(
  actorId: string,
  before: readonly Override[],
  after: readonly Override[],
): void {
  if (own(before, actorId) !== own(after, actorId))
    throw new AppError(
      'forbidden',
      'Nobody changes their own overrides: ask another admin',
      'document.overrides',
    );
}

/** Who must agree before a draft is published. */
export type PublishGate =
  { kind: 'publish'; selfAffecting: boolean } | { kind: 'await_second_admin' };

/**
 * A publication that raises the publisher's own authority needs a second admin: the one who asked to
 * publish it, or one who agrees to their request. Where the organization has no other admin it goes
 * ahead, marked self-affecting in the ledger and the policy's history.
 */
export function publishGate(options: {
  raisesPublisher: boolean;
  requestedBy: string | null;
  publisherId: string;
  otherAdmins: number;
}): PublishGate {
  if (options.requestedBy !== null && options.requestedBy !== options.publisherId)
    return { kind: 'publish', selfAffecting: false };
  if (!options.raisesPublisher) return { kind: 'publish', selfAffecting: false };
  return options.otherAdmins > 0
    ? { kind: 'await_second_admin' }
    : { kind: 'publish', selfAffecting: true };
}
