import { MultiSelect, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';

import {
  conditionSchema,
  type Condition,
  type PolicyDocument,
} from '../../../domain/authority/policy.ts';
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

/** An eligibility condition: when it fails, a higher level decides, or nobody may. */
export function ConditionEditor({
  doc,
  original,
  issues,
  onApply,
  onRemove,
  onCancel,
}: ConditionEditorProps) {
  const [condition, setCondition] = useState<Condition>(
    original ?? {
      id: '',
      description: '',
      types: [],
      check: { kind: 'max_order_age_days', days: 90 },
      whenFails: {
        outcome: 'needs_approval',
        level: doc.levels[Math.min(2, doc.levels.length - 1)]?.key ?? '',
      },
    },
  );
  const [tried, setTried] = useState(false);
  const set = (patch: Partial<Condition>) => setCondition((c) => ({ ...c, ...patch }));

  const withId = (c: Condition): Condition => {
    if (c.id) return c;
    const taken = doc.conditions.map((x) => x.id);
    const suggested = keyFromLabel(c.description).slice(0, 32);
    return {
      ...c,
      id: suggested && !taken.includes(suggested) ? suggested : newKey('condition', taken),
    };
  };
  const parsed = conditionSchema.safeParse(withId(condition));
  const errors = new Map<string, string>();
  if (!parsed.success)
    for (const i of parsed.error.issues) errors.set(i.path.map(String).join('.'), i.message);
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
        <Select
          label="Passes when"
          allowDeselect={false}
          data={[
            { value: 'max_order_age_days', label: 'The order is recent enough' },
            { value: 'customer_flag_absent', label: 'The customer does not carry a flag' },
          ]}
          value={condition.check.kind}
          onChange={(kind) =>
            set({
              check:
                kind === 'customer_flag_absent'
                  ? { kind, flag: '' }
                  : { kind: 'max_order_age_days', days: 90 },
            })
          }
        />
        {condition.check.kind === 'max_order_age_days' ? (
          <NumberInput
            label="Order at most this many days old"
            min={0}
            max={3650}
            allowDecimal={false}
            value={condition.check.days}
            onChange={(value) =>
              set({
                check: {
                  kind: 'max_order_age_days',
                  days: typeof value === 'number' ? value : Number(value) || 0,
                },
              })
            }
            error={show('check.days')}
          />
        ) : (
          <TextInput
            label="Flag"
            description="Such as abuse_suspected or chargeback_history."
            value={condition.check.flag}
            onChange={(event) =>
              set({
                check: { kind: 'customer_flag_absent', flag: event.currentTarget.value.trim() },
              })
            }
            error={show('check.flag')}
          />
        )}
        <Select
          label="When it fails"
          allowDeselect={false}
          data={[
            ...doc.levels.map((l) => ({
              value: `level:${l.key}`,
              label: `${l.name} or above decides`,
            })),
            { value: 'not_allowed', label: 'Nobody may grant it' },
          ]}
          value={
            condition.whenFails.outcome === 'not_allowed'
              ? 'not_allowed'
              : `level:${condition.whenFails.level}`
          }
          onChange={(value) =>
            set({
              whenFails:
                value === 'not_allowed' || value === null
                  ? { outcome: 'not_allowed' }
                  : { outcome: 'needs_approval', level: value.slice('level:'.length) },
            })
          }
        />
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
