import type { Role } from '../db/schema.ts';

/** Who is making a request, resolved once per request by server/http/auth.ts. */
export type Principal =
  | {
      kind: 'person';
      personId: string;
      organizationId: string;
      role: Role;
      via: 'session' | 'token';
      token?: TokenActing;
    }
  | { kind: 'integration'; organizationId: string; tokenId: string };

/** The API token a person's request came with, and who created it: the ledger names both. */
export type TokenActing = { tokenId: string; createdBy: string | null };

/** The role a policy sees: integration tokens have a role of their own that no person holds. */
export type Actor = Role | 'integration';

export function actorOf(principal: Principal): Actor {
  return principal.kind === 'person' ? principal.role : 'integration';
}

/** The person a request acts for, or null for an integration token: what an actor column records. */
export function personIdOf(principal: Principal): string | null {
  return principal.kind === 'person' ? principal.personId : null;
}
