import type { Db } from '../../../db/database.ts';
import { selectResolutions, type ResolutionRow } from './select-resolutions.ts';

export function listResolutions(options: {
  db: Db;
  organizationId: string;
  contactId?: string;
  customerId?: string;
  limit: number;
}): Promise<ResolutionRow[]> {
  let query = selectResolutions(options.db, options.organizationId);
  if (options.contactId) query = query.where('resolutions.contactId', '=', options.contactId);
  if (options.customerId) query = query.where('resolutions.customerId', '=', options.customerId);
  return query.orderBy('resolutions.createdAt', 'desc').limit(options.limit).execute();
}
