import { MultiSelect, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';

import {
  conditionSchema,
  type Condition,
  type PolicyDocument,
} from '../../../domain/authority/policy.ts';
import { ConditionCheckFields, WhenFailsSelect } from './ConditionCheckFields.tsx';
import { EditorFooter } from './EditorFooter.tsx';
import { IssuesAlert } from './IssuesAlert.tsx';
import { keyFromLabel, newKey } from './policy-edit.ts';
import type { PlacedIssue } from './policy-issues.ts';

type ConditionEditorProps = {
  doc: PolicyDocument;
  original: Condition | null;
  issues: readonly PlacedIssue[];
  onApply: (condition: Condition) => void;
  onRemove: (() => void) | null;
  onCancel: () => void;
};

/** A new condition: on recent orders, failing to a level near the middle. */
const newCondition = (doc: PolicyDocument): Condition => ({
  id: '',
  description: '',
  types: [],
  check: { kind: 'max_order_age_days', days: 90 },
  whenFails: {
    outcome: 'needs_approval',
    level: doc.levels[Math.min(2, doc.levels.length - 1)]?.key ?? '',
  },
});

/** A new condition's id, from its description when that is free. */
function withId(doc: PolicyDocument, c: Condition): Condition {
  if (c.id) return c;
  const taken = doc.conditions.map((x) => x.id);
  const suggested = keyFromLabel(c.description).slice(0, 32);
  return {
    ...c,
    id: suggested && !taken.includes(suggested) ? suggested : newKey('condition', taken),
  };
}

/** An eligibility condition: when it fails, a higher level decides, or nobody may. */
export function ConditionEditor(props: ConditionEditorProps) {
  const { doc, original, issues, onApply, onRemove, onCancel } = props;
  const [condition, setCondition] = useState<Condition>(() => original ?? newCondition(doc));
  const [tried, setTried] = useState(false);
  const set = (patch: Partial<Condition>) => setCondition((c) => ({ ...c, ...patch }));

  const parsed = conditionSchema.safeParse(withId(doc, condition));
  const errors = new Map(
    (parsed.error?.issues ?? []).map((i) => [i.path.map(String).join('.'), i.message]),
  );
  const show = (path: string) => (tried ? errors.get(path) : undefined);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (parsed.success) onApply(parsed.data);
      }}
    >
      <Stack gap="md">
        <IssuesAlert issues={issues} />
        <Textarea
          label="Description"
          description="What the rep reads when it stops them, such as “Refunds are for orders placed in the last 90 days”."
          required
          autosize
          minRows={2}
          maxLength={300}
          value={condition.description}
          onChange={(event) => set({ description: event.currentTarget.value })}
          error={show('description')}
          data-autofocus
        />
        <MultiSelect
          label="Applies to"
          description="Leave empty for every resolution type."
          placeholder={condition.types.length === 0 ? 'Every type' : undefined}
          data={doc.resolutionTypes.map((t) => ({ value: t.key, label: t.label }))}
          value={condition.types}
          onChange={(types) => set({ types })}
          searchable
          clearable
        />
        <ConditionCheckFields condition={condition} set={set} show={show} />
        <WhenFailsSelect doc={doc} condition={condition} set={set} />
        <EditorFooter
          isNew={original === null}
          removeLabel="Remove condition"
          onRemove={onRemove}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
