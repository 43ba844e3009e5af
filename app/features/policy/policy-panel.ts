import type { GridSelection } from './AuthorityGrid.tsx';
import type { PlacedIssue } from './policy-issues.ts';

/** What the side drawer edits: a cell or contact total of the grid, or one type, condition or override (null: a new one). */
export type Panel =
  | GridSelection
  | { kind: 'type'; key: string | null }
  | { kind: 'condition'; index: number | null }
  | { kind: 'override'; id: string | null };

export const tabs = ['limits', 'types', 'conditions', 'overrides', 'changes', 'history'] as const;
export type Tab = (typeof tabs)[number];
export const isTab = (value: string | null): value is Tab => tabs.includes(value as Tab);

/** Where a problem is fixed: the tab it is on and the editor that opens for it; null for a problem of the whole document. */
export function panelForIssue(issue: PlacedIssue): { tab: Tab; panel: Panel } | null {
  if (issue.path.startsWith('rules') && issue.level && issue.type)
    return { tab: 'limits', panel: { kind: 'rule', level: issue.level, type: issue.type } };
  if (issue.path.startsWith('contactLimits') && issue.level)
    return { tab: 'limits', panel: { kind: 'contact', level: issue.level } };
  if (issue.path.startsWith('resolutionTypes') && issue.type)
    return { tab: 'types', panel: { kind: 'type', key: issue.type } };
  if (issue.conditionIndex !== undefined)
    return { tab: 'conditions', panel: { kind: 'condition', index: issue.conditionIndex } };
  if (issue.overrideId !== undefined)
    return { tab: 'overrides', panel: { kind: 'override', id: issue.overrideId } };
  return null;
}
