// Shapes of the JSON the server sends; they mirror the zod schemas in server/modules/*/schemas.ts.

export type Role = 'agent' | 'approver' | 'team_leader' | 'trainer' | 'admin';

export type Ref = { id: string; name: string };

export type AuthorityLevel = { id: string; key: string; name: string; rank: number };

export type Person = {
  id: string;
  email: string;
  name: string;
  role: Role;
  extension: string | null;
  active: boolean;
  /** Certifications held; some authority rules require one. */
  certifications: string[];
  level: AuthorityLevel | null;
  team: Ref | null;
  manager: Ref | null;
};

export type Organization = {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
  currency: string;
  vision: string;
};

export type Team = { id: string; name: string; lead: Ref | null; memberCount: number };

/** Who is signed in, and where: the answer of GET /api/me and POST /api/auth/login. */
export type Session = { person: Person; organization: Organization };

/** `existing`: the record a conflict names (the customer who already has a phone number or e-mail). */
export type ApiErrorBody = {
  error: {
    code: string;
    message: string;
    field?: string;
    existing?: { id: string; name?: string };
  };
};

export type ResolutionStatus = 'granted' | 'pending_approval' | 'denied' | 'cancelled';

/** A resolution as a customer's history lists it (GET /api/customers/:id). */
export type PastResolution = {
  id: string;
  contactId: string;
  type: string;
  amountMinor: number;
  grantedAmountMinor: number | null;
  currency: string;
  status: ResolutionStatus;
  withinAuthority: boolean;
  reason: string;
  requestedBy: Ref;
  createdAt: string;
};
