import { usePublishedPolicy } from '../workspace/use-authority.ts';

/** The policy's resolution types and currency, which a situation is written in. */
export function usePolicyTypes() {
  const policy = usePublishedPolicy();
  const cp = policy.data ?? null;
  return {
    types: cp ? cp.types.map((t) => ({ key: t.key, label: t.label })) : [],
    currency: cp?.currency ?? 'USD',
  };
}
