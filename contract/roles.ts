/**
 * What a person uses Leeway for; their authority level, not their role, says how much they may decide.
 * An auditor reads the evidence (the ledger, the resolutions) and takes no part in the work.
 * Plain values, no zod: the web app imports this at run time without pulling in the schemas.
 */
export const roles = ['agent', 'approver', 'team_leader', 'trainer', 'admin', 'auditor'] as const;

export type Role = (typeof roles)[number];
