/**
 * The document's global tags, one per module, in the order a reader meets them. Every tag a route
 * uses must be here (server/http/openapi.test.ts checks), so a client generator can name its groups.
 */
export const openApiTags = [
  { name: 'health', description: 'Liveness and readiness, for the load balancer.' },
  {
    name: 'auth',
    description:
      'Signing in and out with email and password (session and CSRF cookies), and who I am.',
  },
  { name: 'organization', description: 'The organization and its vision of service.' },
  { name: 'people', description: 'People, teams, authority levels and manager chains.' },
  {
    name: 'invitations',
    description:
      'Inviting people: a single-use, expiring link to choose a password, mailed or shown.',
  },
  { name: 'customers', description: 'Customer profiles: segment, lifetime value and orders.' },
  {
    name: 'imports',
    description:
      'Bringing in people, customers and orders from CSV: a dry run first, then applied whole or not at all.',
  },
  { name: 'tokens', description: 'API tokens for integrations; the secret is shown once.' },
  {
    name: 'authority',
    description:
      'The authority policy (draft, published versions, Cedar export) and what a rep may decide on their own.',
  },
  {
    name: 'contacts',
    description: 'Contacts: a conversation with a customer, its notes and its closing.',
  },
  {
    name: 'resolutions',
    description: 'Requesting a resolution: granted within authority, or routed for approval.',
  },
  {
    name: 'approvals',
    description:
      'The approver queue: claiming, approving (or approving less), denying, withdrawing.',
  },
  {
    name: 'availability',
    description: 'Whether I take approvals, out-of-office windows and delegates.',
  },
  {
    name: 'ledger',
    description:
      'The append-only, hash-chained decision ledger: verification, signed checkpoints, proofs.',
  },
  { name: 'cti', description: "Telephony events that pop a caller onto a rep's screen." },
  { name: 'events', description: 'My live events, as Server-Sent Events or a page of JSON.' },
  {
    name: 'knowledge',
    description:
      'The knowledge base (KCS): articles and their versions, flags, links to contacts, licences.',
  },
  {
    name: 'training',
    description:
      'Courses, assessments and practice situations graded by the authority engine, nothing spent.',
  },
  {
    name: 'xapi',
    description:
      "Learning events as xAPI 1.0.3 statements, for an organization's LMS or Learning Record Store to pull.",
  },
];
