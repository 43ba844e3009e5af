import type { Role } from '../../api/types.ts';

export const roleLabels: Record<Role, string> = {
  agent: 'Agent',
  approver: 'Approver',
  team_leader: 'Team leader',
  trainer: 'Trainer',
  admin: 'Admin',
  auditor: 'Auditor',
};
