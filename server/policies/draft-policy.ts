import type { Override } from '../../domain/authority/policy.ts';
import { allowed, refuse, type Verdict } from './verdict.ts';

/** The draft of an organization's authority policy, as its record-level rules see it. */
export type DraftFacts = { publishRequestedBy: string | null; updatedAt: Date };

/** What an admin may do with the organization's draft. */
export type DraftPolicy = {
  /** Saving a document over `before` (the draft, or the version in force when there is none yet). */
  save(change: { before: readonly Override[]; after: readonly Override[] }): Verdict;
  /** `seen`: the draft's updatedAt as the publisher saw it; agreeing to another admin's request needs it. */
  publish(draft: DraftFacts, seen: Date | undefined): Verdict;
};

const own = (overrides: readonly Override[], personId: string) =>
  JSON.stringify(overrides.filter((o) => o.personId === personId));

/**
 * Nobody writes their own personal overrides (four eyes): another admin adds, changes or removes them.
 * A draft that raises your own authority and waits for a second admin at your request is theirs to
 * publish, not yours again; and they publish only the draft they saw, never one changed since.
 */
export function draftPolicy(actorId: string): DraftPolicy {
  return {
    save: ({ before, after }) =>
      own(before, actorId) === own(after, actorId)
        ? allowed
        : refuse(
            'forbidden',
            'Nobody changes their own overrides: ask another admin',
            'document.overrides',
          ),
    publish: (draft, seen) => {
      if (draft.publishRequestedBy === actorId) {
        return refuse(
          'conflict',
          'This draft raises your own authority and is waiting for another admin to publish it',
        );
      }
      // Publishing another admin's request is agreeing to it: only to the draft one has seen.
      if (seen === undefined && draft.publishRequestedBy !== null) {
        return refuse(
          'validation_failed',
          'draftUpdatedAt: say which draft you agree to (its updatedAt)',
          'draftUpdatedAt',
        );
      }
      if (seen !== undefined && seen.getTime() !== draft.updatedAt.getTime()) {
        return refuse(
          'conflict',
          'The draft changed after you opened it: review it again before publishing',
          'draftUpdatedAt',
        );
      }
      return allowed;
    },
  };
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
