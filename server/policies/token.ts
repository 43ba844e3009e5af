import { allowed, refuse, type Verdict } from './verdict.ts';

/**
 * A token that acts as a person is created by that person alone: anyone else holding it could
 * approve, publish or grant in their name (four eyes). `creatorId` null is the operator (CLI), who
 * makes integration tokens only.
 */
export function tokenPolicy(creatorId: string | null): {
  createActingAs(personId: string): Verdict;
} {
  return {
    createActingAs: (personId) =>
      personId === creatorId
        ? allowed
        : refuse(
            'forbidden',
            'A token that acts as a person can only be created by that person',
            'personId',
          ),
  };
}
