// Shapes of the approvals API, derived from contract/approvals.ts, availability.ts and customers.ts.
import type { z } from 'zod';

import type { approvalItemSchema } from '../../../contract/approvals.ts';
import type { availabilitySchema } from '../../../contract/availability.ts';
import type { customerProfileSchema } from '../../../contract/customers.ts';

export type { PastResolution } from '../../api/types.ts';

export type ApprovalItem = z.infer<typeof approvalItemSchema>;
export type ApprovalStatus = ApprovalItem['status'];
/** The level that must decide; it rises when nobody answers in time. */
export type LevelRef = ApprovalItem['level'];

export type Availability = z.infer<typeof availabilitySchema>;

type CustomerProfile = z.infer<typeof customerProfileSchema>;

/** What the approver's history panel reads of a customer's profile. */
export type CustomerHistory = Pick<
  CustomerProfile,
  'id' | 'name' | 'segment' | 'lifetimeValue' | 'flags' | 'resolutions'
> & {
  orders: Pick<CustomerProfile['orders'][number], 'id'>[];
  contacts: Pick<CustomerProfile['contacts'][number], 'id' | 'openedAt'>[];
};
