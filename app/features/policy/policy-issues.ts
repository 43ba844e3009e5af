import type { PolicyDocument } from '../../../domain/authority/policy.ts';
import type { PolicyIssue } from '../../../domain/authority/validate.ts';
import { cellKey } from './policy-edit.ts';

/** An issue with everything the editor needs to show it beside the thing it is about. */
export type PlacedIssue = PolicyIssue & { conditionIndex?: number; overrideId?: string };

export type IssueIndex = {
  all: PlacedIssue[];
  byCell: ReadonlyMap<string, PlacedIssue[]>;
  byContact: ReadonlyMap<string, PlacedIssue[]>;
  byType: ReadonlyMap<string, PlacedIssue[]>;
  byCondition: ReadonlyMap<number, PlacedIssue[]>;
  byOverride: ReadonlyMap<string, PlacedIssue[]>;
  /** Issues about the document as a whole (levels, duplicates): shown above the grid. */
  general: PlacedIssue[];
};

/**
 * Structural issues (zod's) come with a path only: "rules.3.perIncidentMinor". Read the level, type
 * and field from the document at that path, so they land in the same cell as the semantic ones.
 */
export function placeIssue(doc: PolicyDocument, issue: PolicyIssue): PlacedIssue {
  const [area, indexText, ...rest] = issue.path.replace(/^document\./, '').split('.');
  const index = Number(indexText);
  const field = issue.field ?? (rest.length > 0 ? rest.join('.') : undefined);
  const placed: PlacedIssue = { ...issue, path: issue.path.replace(/^document\./, '') };
  if (field !== undefined) placed.field = field;
  if (!Number.isInteger(index)) return placed;
  if (area === 'rules') {
    const rule = doc.rules[index];
    if (rule)
      Object.assign(placed, { level: issue.level ?? rule.level, type: issue.type ?? rule.type });
  } else if (area === 'contactLimits') {
    const limit = doc.contactLimits[index];
    if (limit) placed.level = issue.level ?? limit.level;
  } else if (area === 'resolutionTypes') {
    const type = doc.resolutionTypes[index];
    if (type) placed.type = type.key;
  } else if (area === 'conditions') {
    placed.conditionIndex = index;
  } else if (area === 'overrides') {
    const override = doc.overrides[index];
    if (override) placed.overrideId = override.id;
  }
  return placed;
}

function push<K>(map: Map<K, PlacedIssue[]>, key: K, issue: PlacedIssue) {
  const list = map.get(key);
  if (list) list.push(issue);
  else map.set(key, [issue]);
}

export function indexIssues(doc: PolicyDocument, issues: readonly PolicyIssue[]): IssueIndex {
  const byCell = new Map<string, PlacedIssue[]>();
  const byContact = new Map<string, PlacedIssue[]>();
  const byType = new Map<string, PlacedIssue[]>();
  const byCondition = new Map<number, PlacedIssue[]>();
  const byOverride = new Map<string, PlacedIssue[]>();
  const general: PlacedIssue[] = [];
  const all = issues.map((i) => placeIssue(doc, i));
  for (const issue of all) {
    const area = issue.path.split('.')[0];
    if (area === 'rules' && issue.level && issue.type)
      push(byCell, cellKey(issue.level, issue.type), issue);
    else if (area === 'contactLimits' && issue.level) push(byContact, issue.level, issue);
    else if (area === 'resolutionTypes' && issue.type) push(byType, issue.type, issue);
    else if (area === 'conditions' && issue.conditionIndex !== undefined)
      push(byCondition, issue.conditionIndex, issue);
    else if (area === 'overrides' && issue.overrideId !== undefined)
      push(byOverride, issue.overrideId, issue);
    else general.push(issue);
  }
  return { all, byCell, byContact, byType, byCondition, byOverride, general };
}

/** Messages for one input: its own field and anything nested under it ("valueScaling" covers "valueScaling.maxMinor"). */
export function messagesFor(
  issues: readonly PlacedIssue[] | undefined,
  field: string,
): string | undefined {
  const hits = (issues ?? []).filter((i) => i.field === field || i.field?.startsWith(`${field}.`));
  return hits.length > 0 ? hits.map((i) => i.message).join(' ') : undefined;
}

/**
 * validatePolicy compares value scaling even where neither level scales, using the per-incident limit
 * as the cap; that only repeats the per-incident message in other words, so it is dropped here.
 */
export function withoutEchoes(doc: PolicyDocument, issues: readonly PolicyIssue[]): PolicyIssue[] {
  return issues.filter((issue) => {
    if (
      issue.field !== 'valueScaling' ||
      !issue.level ||
      !issue.type ||
      !issue.message.includes('value scaling')
    )
      return true;
    const index = doc.levels.findIndex((l) => l.key === issue.level);
    const lower = doc.levels[index - 1];
    const scales = (level: string | undefined) =>
      doc.rules.some(
        (r) => r.level === level && r.type === issue.type && r.valueScaling !== undefined,
      );
    return scales(issue.level) || scales(lower?.key);
  });
}
