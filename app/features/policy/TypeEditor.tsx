import {
  NumberInput,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';

import {
  resolutionTypeSchema,
  type PolicyDocument,
  type ResolutionType,
} from '../../../domain/authority/policy.ts';
import { EditorFooter } from './EditorFooter.tsx';
import { IssuesAlert } from './IssuesAlert.tsx';
import { MoneyInput } from './MoneyInput.tsx';
import { keyFromLabel } from './policy-edit.ts';
import type { PlacedIssue } from './policy-issues.ts';

type TypeEditorProps = {
  doc: PolicyDocument;
  /** The type being edited, or null for a new one. */
  original: ResolutionType | null;
  /** Published types keep their key: ledger entries and reports refer to it. */
  keyLocked: boolean;
  issues: readonly PlacedIssue[];
  onApply: (type: ResolutionType) => void;
  onRemove: (() => void) | null;
  onCancel: () => void;
};

const blank: ResolutionType = {
  key: '',
  label: '',
  guidelines: '',
  reasonRequired: false,
  cost: { kind: 'amount' },
  customerWindowDays: 30,
};

/** A resolution type and its guidelines, edited as a form and applied to the draft in one step. */
export function TypeEditor({
  doc,
  original,
  keyLocked,
  issues,
  onApply,
  onRemove,
  onCancel,
}: TypeEditorProps) {
  const [type, setType] = useState<ResolutionType>(original ?? blank);
  const [keyTouched, setKeyTouched] = useState(original !== null);
  const [tried, setTried] = useState(false);

  const parsed = resolutionTypeSchema.safeParse(type);
  const fieldErrors = new Map<string, string>();
  if (!parsed.success)
    for (const i of parsed.error.issues) fieldErrors.set(String(i.path[0]), i.message);
  if (doc.resolutionTypes.some((t) => t.key === type.key && t.key !== original?.key))
    fieldErrors.set('key', 'Another type already uses this key');
  const show = (field: string) => (tried || field !== 'label' ? fieldErrors.get(field) : undefined);
  const set = (patch: Partial<ResolutionType>) => setType((t) => ({ ...t, ...patch }));

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (fieldErrors.size === 0) onApply(type);
      }}
    >
      <Stack gap="md">
        <IssuesAlert issues={issues} />
        <TextInput
          label="Label"
          description="What reps see, such as “Late delivery credit”."
          required
          value={type.label}
          onChange={(event) => {
            const label = event.currentTarget.value;
            set(keyTouched || keyLocked ? { label } : { label, key: keyFromLabel(label) });
          }}
          error={show('label')}
          data-autofocus
        />
        <TextInput
          label="Key"
          description={
            keyLocked
              ? 'Published types keep their key: decisions and reports refer to it.'
              : 'lower_snake_case; used by integrations and reports.'
          }
          required
          value={type.key}
          disabled={keyLocked}
          onChange={(event) => {
            setKeyTouched(true);
            set({ key: event.currentTarget.value });
          }}
          error={type.key === '' && !tried ? undefined : show('key')}
        />
        <Textarea
          label="Guidelines"
          description="Shown to the rep beside the amount: when to use it, and what to say in the reason. Markdown."
          autosize
          minRows={4}
          maxRows={14}
          value={type.guidelines}
          onChange={(event) => set({ guidelines: event.currentTarget.value })}
          error={show('guidelines')}
        />
        <Switch
          label="Reason required"
          description="The rep must say why before granting it."
          checked={type.reasonRequired}
          onChange={(event) => set({ reasonRequired: event.currentTarget.checked })}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="cost-label">
            Cost
          </Text>
          <SegmentedControl
            aria-labelledby="cost-label"
            value={type.cost.kind}
            onChange={(kind) =>
              set({
                cost:
                  kind === 'fixed'
                    ? {
                        kind: 'fixed',
                        amountMinor: type.cost.kind === 'fixed' ? type.cost.amountMinor : 0,
                      }
                    : { kind: 'amount' },
              })
            }
            data={[
              { value: 'amount', label: 'Amount chosen by the rep' },
              { value: 'fixed', label: 'Fixed cost' },
            ]}
          />
        </Stack>
        {type.cost.kind === 'fixed' ? (
          <MoneyInput
            label="Fixed cost"
            description="What one of these costs (a bouquet, a fee waived in full)."
            currency={doc.currency}
            value={type.cost.amountMinor}
            onChange={(minor) => set({ cost: { kind: 'fixed', amountMinor: minor ?? 0 } })}
          />
        ) : null}
        <NumberInput
          label="Customer window (days)"
          description="A customer's resolutions of this type add up over this many days for the per-customer limit."
          min={1}
          max={366}
          allowDecimal={false}
          clampBehavior="strict"
          value={type.customerWindowDays}
          onChange={(value) =>
            set({ customerWindowDays: typeof value === 'number' ? value : Number(value) || 1 })
          }
          error={show('customerWindowDays')}
        />
        {original === null ? (
          <Text size="sm" c="dimmed">
            A new type starts barred for every level: set its limits in the matrix afterwards.
          </Text>
        ) : null}
        <EditorFooter
          isNew={original === null}
          removeLabel="Remove type"
          onRemove={onRemove}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
