import type { z } from 'zod';

import type { apiTokenSchema } from '../../../contract/tokens.ts';
import type { ApiTokenRow } from './queries/list-api-tokens.ts';

export const presentApiToken = (row: ApiTokenRow): z.infer<typeof apiTokenSchema> => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  person: row.personId && row.personName ? { id: row.personId, name: row.personName } : null,
  createdBy: row.creatorId && row.creatorName ? { id: row.creatorId, name: row.creatorName } : null,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});
