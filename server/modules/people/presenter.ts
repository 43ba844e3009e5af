import type { z } from 'zod';

import type { levelSchema, personSchema, teamSchema } from '../../../contract/people.ts';
import type { AuthorityLevel } from '../../db/schema.ts';
import type { TeamRow } from './queries/list-teams.ts';
import type { PersonRow } from './queries/select-people.ts';

export function presentPerson(row: PersonRow): z.infer<typeof personSchema> {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    extension: row.extension,
    active: row.active,
    certifications: row.certifications,
    level:
      row.levelId && row.levelKey && row.levelName && row.levelRank !== null
        ? { id: row.levelId, key: row.levelKey, name: row.levelName, rank: row.levelRank }
        : null,
    team: row.teamId && row.teamName ? { id: row.teamId, name: row.teamName } : null,
    manager: row.managerId && row.managerName ? { id: row.managerId, name: row.managerName } : null,
  };
}

export function presentTeam(row: TeamRow): z.infer<typeof teamSchema> {
  return {
    id: row.id,
    name: row.name,
    lead: row.leadId && row.leadName ? { id: row.leadId, name: row.leadName } : null,
    memberCount: Number(row.memberCount ?? 0),
  };
}

export function presentLevel(level: AuthorityLevel): z.infer<typeof levelSchema> {
  return { id: level.id, key: level.key, name: level.name, rank: level.rank };
}
