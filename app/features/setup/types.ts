import type { z } from 'zod';

import type {
  policyTemplateSchema,
  setupBody,
  setupStatusResponse,
} from '../../../contract/setup.ts';

export type SetupStatus = z.infer<typeof setupStatusResponse>;
export type PolicyTemplate = z.infer<typeof policyTemplateSchema>;
export type SetupRequest = z.input<typeof setupBody>;
export type TemplateKey = PolicyTemplate['key'];
