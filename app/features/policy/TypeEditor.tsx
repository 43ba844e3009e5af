import { NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';

import {
  resolutionTypeSchema,
  type PolicyDocument,
  type ResolutionType,
} from '../../../domain/authority/policy.ts';
import { EditorFooter } from './EditorFooter.tsx';
import { IssuesAlert } from './IssuesAlert.tsx';
import type { PlacedIssue } from './policy-issues.ts';
import { TypeCostFields, TypeGuidanceFields, TypeNameFields } from './TypeFields.tsx';

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

/** Each field's problem: the schema's, and a key another type already uses. */
function typeErrors(doc: PolicyDocument, original: ResolutionType | null, type: ResolutionType) {
  const parsed = resolutionTypeSchema.safeParse(type);
  const errors = new Map<string, string>();
  if (!parsed.success)
    for (const i of parsed.error.issues) errors.set(String(i.path[0]), i.message);
  if (doc.resolutionTypes.some((t) => t.key === type.key && t.key !== original?.key))
    errors.set('key', 'Another type already uses this key');
  return errors;
}

/** A resolution type and its guidelines, edited as a form and applied to the draft in one step. */
export function TypeEditor(props: TypeEditorProps) {
  const { doc, original, keyLocked } = props;
  const [type, setType] = useState<ResolutionType>(original ?? blank);
  const [keyTouched, setKeyTouched] = useState(original !== null);
  const [tried, setTried] = useState(false);
  const fieldErrors = typeErrors(doc, original, type);
  const show = (field: string) => (tried || field !== 'label' ? fieldErrors.get(field) : undefined);
  const set = (patch: Partial<ResolutionType>) => setType((t) => ({ ...t, ...patch }));

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (fieldErrors.size === 0) props.onApply(type);
      }}
    >
      <Stack gap="md">
        <IssuesAlert issues={props.issues} />
        <TypeNameFields
          type={type}
          set={set}
          keyLocked={keyLocked}
          keyTouched={keyTouched}
          touchKey={() => setKeyTouched(true)}
          labelError={show('label')}
          keyError={type.key === '' && !tried ? undefined : show('key')}
        />
        <TypeGuidanceFields type={type} set={set} guidelinesError={show('guidelines')} />
        <TypeCostFields type={type} set={set} doc={doc} />
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
          onRemove={props.onRemove}
          onCancel={props.onCancel}
        />
      </Stack>
    </form>
  );
}
