import { usePublishedPolicy } from '../workspace/use-authority.ts';

/** The published policy's resolution types, for an article to belong to (empty until it loads). */
export function useTypeOptions(): { value: string; label: string }[] {
  const policy = usePublishedPolicy();
  return policy.data?.types.map((t) => ({ value: t.key, label: t.label })) ?? [];
}
