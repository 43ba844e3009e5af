import { z } from 'zod';

import { roles, type Role } from './roles.ts';
import { nextCursorSchema, pageQuery, personRefSchema } from './shared.ts';

export { roles, type Role } from './roles.ts';

export const roleSchema = z.enum(roles);

export const levelSchema = z
  .object({ id: z.uuid(), key: z.string(), name: z.string(), rank: z.number().int() })
  .meta({ id: 'AuthorityLevel' });

export const personSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    extension: z.string().nullable(),
    active: z.boolean(),
    /** Held certifications; some authority rules require one. */
    certifications: z.array(z.string()),
    level: levelSchema.nullable(),
    team: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    manager: personRefSchema.nullable(),
  })
  .meta({ id: 'Person' });

export const teamSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    lead: personRefSchema.nullable(),
    memberCount: z.number().int(),
  })
  .meta({ id: 'Team' });

export const createPersonBody = z.object({
  email: z.email(),
  name: z.string().trim().min(1).max(200),
  role: roleSchema,
  levelKey: z.string().min(1).optional(),
  teamId: z.uuid().optional(),
  managerId: z.uuid().optional(),
  extension: z.string().trim().min(1).max(32).optional(),
  // What a password must be is checkPassword's (auth/password-policy.ts), for the CLI too; this only bounds the body.
  password: z
    .string()
    .max(1024)
    .optional()
    .describe('At least 12 characters, not a common or leaked password'),
});

export const updatePersonBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    role: roleSchema,
    levelKey: z.string().min(1).nullable(),
    teamId: z.uuid().nullable(),
    managerId: z.uuid().nullable(),
    extension: z.string().trim().min(1).max(32).nullable(),
    active: z.boolean(),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'send at least one field to change');

/** `agent` or `approver,team_leader`: people with any of the roles named. */
const roleList = z
  .string()
  .regex(
    new RegExp(`^(${roles.join('|')})(,(${roles.join('|')}))*$`),
    `must be one or more of ${roles.join(', ')}, separated by commas`,
  )
  .transform((v) => v.split(',') as Role[]);

export const peopleQuery = z.object({
  teamId: z.uuid().optional(),
  role: roleList.optional().describe('One role, or several separated by commas'),
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('true: only people who may sign in; false: only deactivated ones'),
  q: z.string().max(100).optional().describe('Part of a name or e-mail address'),
  ...pageQuery(500, 500),
});

export const peopleResponse = z.object({
  people: z.array(personSchema),
  nextCursor: nextCursorSchema,
});
export const personResponse = z.object({ person: personSchema });
export const teamsQuery = z.object({
  q: z.string().max(100).optional().describe('Part of a team name'),
  ...pageQuery(500, 500),
});
export const teamsResponse = z.object({ teams: z.array(teamSchema), nextCursor: nextCursorSchema });
export const teamResponse = z.object({ team: teamSchema, members: z.array(personSchema) });
export const levelsQuery = z.object({ ...pageQuery(100, 100) });
export const levelsResponse = z.object({
  levels: z.array(levelSchema),
  nextCursor: nextCursorSchema,
});
