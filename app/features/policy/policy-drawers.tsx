import type { ReactNode } from 'react';

import type { PolicyDocument } from '../../../domain/authority/policy.ts';
import { CellEditor } from './CellEditor.tsx';
import { ConditionEditor } from './ConditionEditor.tsx';
import { ContactLimitEditor } from './ContactLimitEditor.tsx';
import { OverrideForm } from './OverrideForm.tsx';
import {
  cellKey,
  removeCondition,
  removeOverride,
  removeType,
  ruleFor,
  setContactLimit,
  setRule,
  upsertCondition,
  upsertOverride,
  upsertType,
} from './policy-edit.ts';
import type { IssueIndex } from './policy-issues.ts';
import type { Panel } from './policy-panel.ts';
import { TypeEditor } from './TypeEditor.tsx';

/** What every drawer's editor works on: the draft, the version in force, and how to change the draft. */
export type DrawerContext = {
  doc: PolicyDocument;
  base: PolicyDocument;
  issueIndex: IssueIndex;
  edit: (change: (doc: PolicyDocument) => PolicyDocument) => void;
  timeZone: string;
  close: () => void;
};

export type DrawerContent = { title: string; body: ReactNode };
type Kind = Panel['kind'];
type DrawerFor<K extends Kind> = (
  ctx: DrawerContext,
  panel: Extract<Panel, { kind: K }>,
) => DrawerContent;

const levelName = (doc: PolicyDocument, key: string) =>
  doc.levels.find((l) => l.key === key)?.name ?? key;
const typeLabel = (doc: PolicyDocument, key: string) =>
  doc.resolutionTypes.find((t) => t.key === key)?.label ?? key;
/** Applies a change and closes the drawer, as every Apply and Remove does. */
const thenClose = (ctx: DrawerContext, change: (doc: PolicyDocument) => PolicyDocument) => {
  ctx.edit(change);
  ctx.close();
};

const ruleDrawer: DrawerFor<'rule'> = (ctx, { level, type }) => ({
  title: `${levelName(ctx.doc, level)} × ${typeLabel(ctx.doc, type)}`,
  body: (
    <CellEditor
      key={cellKey(level, type)}
      doc={ctx.doc}
      published={ctx.base}
      level={level}
      type={type}
      issues={ctx.issueIndex.byCell.get(cellKey(level, type)) ?? []}
      onChange={(update) => ctx.edit((d) => setRule(d, level, type, update))}
      onRevert={() =>
        ctx.edit((d) => {
          // Back to the published rule, or to no rule where the version in force has none.
          const before = ruleFor(ctx.base, level, type);
          const without = {
            ...d,
            rules: d.rules.filter((r) => !(r.level === level && r.type === type)),
          };
          return before ? setRule(without, level, type, () => before) : without;
        })
      }
      onDone={ctx.close}
    />
  ),
});

const contactDrawer: DrawerFor<'contact'> = (ctx, { level }) => ({
  title: `${levelName(ctx.doc, level)}: total per contact`,
  body: (
    <ContactLimitEditor
      key={level}
      doc={ctx.doc}
      published={ctx.base}
      level={level}
      issues={ctx.issueIndex.byContact.get(level) ?? []}
      onChange={(minor) => ctx.edit((d) => setContactLimit(d, level, minor))}
      onDone={ctx.close}
    />
  ),
});

const typeDrawer: DrawerFor<'type'> = (ctx, { key }) => {
  const original =
    key === null ? null : (ctx.doc.resolutionTypes.find((t) => t.key === key) ?? null);
  // A type already in force keeps its key (it can be relabelled) and cannot be removed from the draft.
  const published = key !== null && ctx.base.resolutionTypes.some((t) => t.key === key);
  return {
    title: original ? `Resolution type: ${original.label}` : 'New resolution type',
    body: (
      <TypeEditor
        key={key ?? 'new'}
        doc={ctx.doc}
        original={original}
        keyLocked={published}
        issues={key ? (ctx.issueIndex.byType.get(key) ?? []) : []}
        onApply={(type) => thenClose(ctx, (d) => upsertType(d, key, type))}
        onRemove={
          original && !published ? () => thenClose(ctx, (d) => removeType(d, original.key)) : null
        }
        onCancel={ctx.close}
      />
    ),
  };
};

const conditionDrawer: DrawerFor<'condition'> = (ctx, { index }) => {
  const original = index === null ? null : (ctx.doc.conditions[index] ?? null);
  return {
    title: original ? 'Edit condition' : 'New condition',
    body: (
      <ConditionEditor
        key={index ?? 'new'}
        doc={ctx.doc}
        original={original}
        issues={index === null ? [] : (ctx.issueIndex.byCondition.get(index) ?? [])}
        onApply={(condition) => thenClose(ctx, (d) => upsertCondition(d, index, condition))}
        onRemove={index === null ? null : () => thenClose(ctx, (d) => removeCondition(d, index))}
        onCancel={ctx.close}
      />
    ),
  };
};

const overrideDrawer: DrawerFor<'override'> = (ctx, { id }) => {
  const original = id === null ? null : (ctx.doc.overrides.find((o) => o.id === id) ?? null);
  return {
    title: original
      ? `Override for ${original.personName || original.personId}`
      : 'New personal override',
    body: (
      <OverrideForm
        key={id ?? 'new'}
        doc={ctx.doc}
        original={original}
        timeZone={ctx.timeZone}
        issues={id ? (ctx.issueIndex.byOverride.get(id) ?? []) : []}
        onApply={(override) => thenClose(ctx, (d) => upsertOverride(d, override))}
        onRemove={original ? () => thenClose(ctx, (d) => removeOverride(d, original.id)) : null}
        onCancel={ctx.close}
      />
    ),
  };
};

const drawers: { [K in Kind]: DrawerFor<K> } = {
  rule: ruleDrawer,
  contact: contactDrawer,
  type: typeDrawer,
  condition: conditionDrawer,
  override: overrideDrawer,
};

/** The title and editor for what the drawer shows. */
export function drawerContent(ctx: DrawerContext, panel: Panel): DrawerContent {
  return (drawers[panel.kind] as DrawerFor<Kind>)(ctx, panel as never);
}
