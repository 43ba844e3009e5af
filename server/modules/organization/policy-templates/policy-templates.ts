import { hospitality } from './hospitality.ts';
import { hundredDollarRule } from './hundred-dollar-rule.ts';
import type { PolicyTemplate, PolicyTemplateKey } from './policy-template.ts';
import { tiered } from './tiered.ts';

/** The templates a new organization chooses from, in the order the setup page shows them. */
export const policyTemplates: readonly PolicyTemplate[] = [hundredDollarRule, tiered, hospitality];

export function policyTemplate(key: PolicyTemplateKey): PolicyTemplate {
  const template = policyTemplates.find((t) => t.key === key);
  if (!template) throw new Error(`No policy template "${key}"`);
  return template;
}
