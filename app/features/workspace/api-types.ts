// Shapes the workspace reads and writes, derived from contract/{contacts,customers,authority,resolutions}.ts.
import type { z } from 'zod';

import type { allowanceSchema, myAuthoritySchema } from '../../../contract/authority.ts';
import type { channelSchema, contactWithResolutionsSchema } from '../../../contract/contacts.ts';
import type {
  customerProfileSchema,
  customerSummarySchema,
  orderSchema,
  pastContactSchema,
} from '../../../contract/customers.ts';
import type {
  approvalSummarySchema,
  receiptSchema,
  resolutionSchema,
} from '../../../contract/resolutions.ts';

export type { PastResolution, ResolutionStatus, StoredPolicy } from '../../api/types.ts';

export type Channel = z.infer<typeof channelSchema>;

export const channelLabels: Record<Channel, string> = {
  call: 'Call',
  chat: 'Chat',
  email: 'Email',
  in_person: 'In person',
};

export type ContactWithResolutions = z.infer<typeof contactWithResolutionsSchema>;
export type Contact = ContactWithResolutions['contact'];
export type CustomerSummary = z.infer<typeof customerSummarySchema>;
export type Order = z.infer<typeof orderSchema>;
export type PastContact = z.infer<typeof pastContactSchema>;
export type CustomerProfile = z.infer<typeof customerProfileSchema>;
export type Receipt = z.infer<typeof receiptSchema>;
export type ApprovalSummary = z.infer<typeof approvalSummarySchema>;
/** `notice` is only on the answer to the request itself. */
export type Resolution = z.infer<typeof resolutionSchema>;
export type Allowance = z.infer<typeof allowanceSchema>;
export type MyAuthority = z.infer<typeof myAuthoritySchema>;
export type TypeUsage = MyAuthority['usage']['byType'][string];
