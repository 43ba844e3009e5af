import { Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';

import type { Override, PolicyDocument } from '../../../domain/authority/policy.ts';
import { PersonPicker } from '../people/Pickers.tsx';
import { EditorFooter } from './EditorFooter.tsx';
import { IssuesAlert } from './IssuesAlert.tsx';
import { useOverrideFields, type OverrideFields } from './override-fields.ts';
import { OverrideLimitFields } from './OverrideLimitFields.tsx';
import { newKey } from './policy-edit.ts';
import type { PlacedIssue } from './policy-issues.ts';

export type PersonOption = { id: string; name: string };

type OverrideFormProps = {
  doc: PolicyDocument;
  original: Override | null;
  /** The override is for this one person; without it, the form has a picker searching everyone active. */
  person?: PersonOption;
  timeZone: string;
  issues?: readonly PlacedIssue[];
  onApply: (override: Override) => void;
  onRemove: (() => void) | null;
  onCancel: () => void;
};

/** The override the fields describe, or null while one of them is missing or wrong. */
function overrideOf(
  fields: OverrideFields,
  pickedName: string | null,
  { doc, original, person }: OverrideFormProps,
): Override | null {
  const { personId, type, startsAt, expiresAt } = fields;
  if (Object.values(fields.errors).some((e) => e !== undefined)) return null;
  if (!personId || !type || !startsAt || !expiresAt) return null;
  const personName = person?.name ?? pickedName ?? original?.personName ?? '';
  return {
    id:
      original?.id ??
      newKey(
        'override',
        doc.overrides.map((o) => o.id),
      ),
    personId,
    personName,
    type,
    ...fields.limits,
    startsAt,
    expiresAt,
    note: fields.note.trim(),
  };
}

/** A personal override: one person's limits for one type, for a set period, whatever their level says. */
export function OverrideForm(props: OverrideFormProps) {
  const { doc, original, person, timeZone, issues = [] } = props;
  const fields = useOverrideFields(original, person?.id, timeZone);
  const [pickedName, setPickedName] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const show = (key: keyof OverrideFields['errors']) => (tried ? fields.errors[key] : undefined);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        const override = overrideOf(fields, pickedName, props);
        if (override) props.onApply(override);
      }}
    >
      <Stack gap="md">
        <IssuesAlert issues={issues} />
        {person ? null : (
          <PersonPicker
            label="Person"
            required
            filter={{ active: true }}
            initial={
              original
                ? { value: original.personId, label: original.personName || original.personId }
                : null
            }
            value={fields.personId}
            onChange={(id, option) => {
              fields.setPersonId(id);
              setPickedName(option?.label ?? null);
            }}
            error={show('person')}
            data-autofocus
          />
        )}
        <Select
          label="Resolution type"
          required
          data={doc.resolutionTypes.map((t) => ({ value: t.key, label: t.label }))}
          value={fields.type}
          onChange={fields.setType}
          error={show('type')}
        />
        <OverrideLimitFields fields={fields} currency={doc.currency} error={show('limits')} />
        <OverridePeriodFields fields={fields} timeZone={timeZone} show={show} />
        <Textarea
          label="Note"
          description="Why, for whoever reads the policy later."
          autosize
          minRows={2}
          maxLength={500}
          value={fields.note}
          onChange={(event) => fields.setNote(event.currentTarget.value)}
        />
        <EditorFooter
          isNew={original === null}
          removeLabel="Remove override"
          onRemove={props.onRemove}
          onCancel={props.onCancel}
        />
      </Stack>
    </form>
  );
}

function OverridePeriodFields({
  fields,
  timeZone,
  show,
}: {
  fields: OverrideFields;
  timeZone: string;
  show: (key: 'starts' | 'ends') => string | undefined;
}) {
  return (
    <>
      <SimpleGrid cols={2} spacing="sm">
        <TextInput
          label="First day"
          type="date"
          required
          value={fields.starts}
          onChange={(event) => fields.setStarts(event.currentTarget.value)}
          error={show('starts')}
        />
        <TextInput
          label="Last day"
          type="date"
          required
          value={fields.ends}
          onChange={(event) => fields.setEnds(event.currentTarget.value)}
          error={show('ends')}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        Days run midnight to midnight in {timeZone}.
      </Text>
    </>
  );
}
