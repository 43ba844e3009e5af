import type { PolicyDocument } from '../authority/policy.ts';

/** JSON with object keys sorted, so two equal rules compare equal whatever order they were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/**
 * What an article of a resolution type depends on: the type's guidelines and cost, its window,
 * whether a reason is required, each level's limits for it, and the conditions that apply to it.
 * Its label is left out (a renamed type says the same), and so are overrides, which are one
 * person's for a while and not what an article tells every rep.
 */
function typeRules(document: PolicyDocument, key: string): string | null {
  const type = document.resolutionTypes.find((t) => t.key === key);
  if (!type) return null;
  const { label: _label, ...definition } = type;
  const rules = document.rules
    .filter((rule) => rule.type === key)
    .sort((a, b) => (a.level < b.level ? -1 : a.level > b.level ? 1 : 0));
  const conditions = document.conditions
    .filter((condition) => condition.types.length === 0 || condition.types.includes(key))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return canonical({ definition, rules, conditions });
}

/**
 * The resolution types whose limits or guidelines differ between two published policies (a type
 * added or removed counts), sorted: the knowledge base flags their articles for review. The first
 * policy of an organization changes nothing an article could have been written against.
 */
export function changedPolicyTypes(
  previous: PolicyDocument | null,
  next: PolicyDocument,
): string[] {
  if (!previous) return [];
  const keys = new Set([
    ...previous.resolutionTypes.map((t) => t.key),
    ...next.resolutionTypes.map((t) => t.key),
  ]);
  return [...keys].filter((key) => typeRules(previous, key) !== typeRules(next, key)).sort();
}
