/**
 * A LIKE pattern matching text that contains `q` anywhere, case-folded: `%`, `_` and `\` in what a
 * person typed are matched as themselves, not as wildcards.
 */
export function containsPattern(q: string): string {
  return `%${q.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`;
}
