import { Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';

import type { Override, PolicyDocument } from '../../../domain/authority/policy.ts';
import { dateInZone, endOfDateInZone, lastDateInZone, startOfDateInZone } from './dates.ts';
import { EditorFooter } from './EditorFooter.tsx';
import { IssuesAlert } from './IssuesAlert.tsx';
import { MoneyInput } from './MoneyInput.tsx';
import { newKey } from './policy-edit.ts';
import type { PlacedIssue } from './policy-issues.ts';

export type PersonOption = { id: string; name: string };

type OverrideFormProps = {
  doc: PolicyDocument;
  original: Override | null;
  /** Pick from these; or, with `person`, the override is for that one person. */
  people?: readonly PersonOption[];
  person?: PersonOption;
  timeZone: string;
  issues?: readonly PlacedIssue[];
  onApply: (override: Override) => void;
  onRemove: (() => void) | null;
  onCancel: () => void;
};

type Limits = Pick<
  Override,
  'perIncidentMinor' | 'perCustomerMinor' | 'perDayMinor' | 'perMonthMinor'
>;

/** A personal override: one person's limits for one type, for a set period, whatever their level says. */
export function OverrideForm({
  doc,
  original,
  people,
  person,
  timeZone,
  issues = [],
  onApply,
  onRemove,
  onCancel,
}: OverrideFormProps) {
  const today = dateInZone(new Date(), timeZone);
  const [personId, setPersonId] = useState(original?.personId ?? person?.id ?? null);
  const [type, setType] = useState<string | null>(original?.type ?? null);
  const [limits, setLimits] = useState<Limits>({
    perIncidentMinor: original?.perIncidentMinor,
    perCustomerMinor: original?.perCustomerMinor,
    perDayMinor: original?.perDayMinor,
    perMonthMinor: original?.perMonthMinor,
  });
  const [starts, setStarts] = useState(original ? dateInZone(original.startsAt, timeZone) : today);
  const [ends, setEnds] = useState(
    original
      ? lastDateInZone(original.expiresAt, timeZone)
      : dateInZone(new Date(Date.now() + 6 * 86_400_000), timeZone),
  );
  const [note, setNote] = useState(original?.note ?? '');
  const [tried, setTried] = useState(false);

  const startsAt = startOfDateInZone(starts, timeZone);
  const expiresAt = endOfDateInZone(ends, timeZone);
  const errors: Record<string, string | undefined> = {
    person: personId ? undefined : 'Choose a person',
    type: type ? undefined : 'Choose a resolution type',
    limits: Object.values(limits).some((v) => v !== undefined)
      ? undefined
      : 'Set at least one limit',
    starts: startsAt ? undefined : 'Enter a date',
    ends: !expiresAt
      ? 'Enter a date'
      : startsAt && expiresAt <= startsAt
        ? 'The last day must not be before the first'
        : undefined,
  };
  const ok = Object.values(errors).every((e) => e === undefined);
  const show = (key: string) => (tried ? errors[key] : undefined);
  const personName =
    person?.name ?? people?.find((p) => p.id === personId)?.name ?? original?.personName ?? '';
  const setLimit = (field: keyof Limits) => (minor: number | undefined) =>
    setLimits((l) => ({ ...l, [field]: minor }));

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (!ok || !personId || !type || !startsAt || !expiresAt) return;
        onApply({
          id:
            original?.id ??
            newKey(
              'override',
              doc.overrides.map((o) => o.id),
            ),
          personId,
          personName,
          type,
          ...limits,
          startsAt,
          expiresAt,
          note: note.trim(),
        });
      }}
    >
      <Stack gap="md">
        <IssuesAlert issues={issues} />
        {person ? null : (
          <Select
            label="Person"
            required
            searchable
            data={(people ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={personId}
            onChange={setPersonId}
            error={show('person')}
            nothingFoundMessage="No one by that name"
            data-autofocus
          />
        )}
        <Select
          label="Resolution type"
          required
          data={doc.resolutionTypes.map((t) => ({ value: t.key, label: t.label }))}
          value={type}
          onChange={setType}
          error={show('type')}
        />
        <Text size="sm" c="dimmed">
          These replace the level's limits for this person and type; empty ones keep the level's. A
          per-incident override is not raised further by value scaling.
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <MoneyInput
            label="Per incident"
            currency={doc.currency}
            optional
            placeholder="Level's"
            value={limits.perIncidentMinor}
            onChange={setLimit('perIncidentMinor')}
          />
          <MoneyInput
            label="Per customer"
            currency={doc.currency}
            optional
            placeholder="Level's"
            value={limits.perCustomerMinor}
            onChange={setLimit('perCustomerMinor')}
          />
          <MoneyInput
            label="Per day"
            currency={doc.currency}
            optional
            placeholder="Level's"
            value={limits.perDayMinor}
            onChange={setLimit('perDayMinor')}
          />
          <MoneyInput
            label="Per month"
            currency={doc.currency}
            optional
            placeholder="Level's"
            value={limits.perMonthMinor}
            onChange={setLimit('perMonthMinor')}
          />
        </SimpleGrid>
        {show('limits') ? (
          <Text size="sm" c="red.8" role="alert">
            {show('limits')}
          </Text>
        ) : null}
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            label="First day"
            type="date"
            required
            value={starts}
            onChange={(event) => setStarts(event.currentTarget.value)}
            error={show('starts')}
          />
          <TextInput
            label="Last day"
            type="date"
            required
            value={ends}
            onChange={(event) => setEnds(event.currentTarget.value)}
            error={show('ends')}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          Days run midnight to midnight in {timeZone}.
        </Text>
        <Textarea
          label="Note"
          description="Why, for whoever reads the policy later."
          autosize
          minRows={2}
          maxLength={500}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <EditorFooter
          isNew={original === null}
          removeLabel="Remove override"
          onRemove={onRemove}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
