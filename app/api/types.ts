// The API's shapes, derived from the contract the server validates and documents with (contract/*.ts).
// Type-only imports: zod and the schemas stay out of the browser's bundle. A response schema's
// z.infer is what the server sends.
import type { z } from 'zod';

import type { meSchema } from '../../contract/auth.ts';
import type { storedPolicySchema } from '../../contract/authority.ts';
import type { customerConflictSchema, pastResolutionSchema } from '../../contract/customers.ts';
import type { organizationSchema } from '../../contract/organization.ts';
import type { levelSchema, personSchema, teamSchema } from '../../contract/people.ts';
import type { personRefSchema } from '../../contract/shared.ts';
import type { PolicyDocument } from '../../domain/authority/policy.ts';

export type { Role } from '../../contract/roles.ts';
export type { ErrorCode } from '../../contract/errors.ts';

export type Ref = z.infer<typeof personRefSchema>;
export type AuthorityLevel = z.infer<typeof levelSchema>;
export type Person = z.infer<typeof personSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Team = z.infer<typeof teamSchema>;

/** Who is signed in, and where: the answer of GET /api/me and POST /api/auth/login. */
export type Session = z.infer<typeof meSchema>;

/** Every error body; `existing` is on a conflict that names a record (the customer who has that phone). */
export type ApiErrorBody = z.infer<typeof customerConflictSchema>;

/** A resolution as a customer's history lists it (GET /api/customers/:id). */
export type PastResolution = z.infer<typeof pastResolutionSchema>;
export type ResolutionStatus = PastResolution['status'];

/**
 * One stored version of the policy. The wire schema keeps the document loose; the server parsed it
 * with the domain's schema before storing it, so the browser reads it as a PolicyDocument.
 */
export type StoredPolicy = Omit<z.infer<typeof storedPolicySchema>, 'document'> & {
  document: PolicyDocument;
};
