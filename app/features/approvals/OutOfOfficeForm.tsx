import { Alert, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';

import { toLocalInput } from './availability-format.ts';
import type { Availability } from './types.ts';
import { useDelegateCandidates } from './use-availability.ts';
import { useOutOfOffice } from './use-out-of-office.ts';

const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Who may stand in; the saved delegate stays choosable even if the list has not loaded yet. */
function useDelegateOptions(myId: string, availability: Availability) {
  const candidates = useDelegateCandidates(myId);
  const options = (candidates.data ?? []).map((p) => ({
    value: p.id,
    label: p.level ? `${p.name} (${p.level.name})` : p.name,
  }));
  const saved = availability.delegate;
  if (saved && !options.some((o) => o.value === saved.id))
    options.push({ value: saved.id, label: saved.name });
  return { candidates, options };
}

/** Away until when, and who decides meanwhile. */
export function OutOfOfficeForm({
  availability,
  myId,
}: {
  availability: Availability;
  myId: string;
}) {
  const form = useOutOfOffice(availability);
  const { candidates, options } = useDelegateOptions(myId, availability);
  return (
    <form onSubmit={form.save} noValidate aria-label="Out of office">
      <Stack gap="sm">
        <TextInput
          type="datetime-local"
          label="Away until"
          description={`Your local time (${localZone}). Requests go to your delegate until then.`}
          value={form.until}
          min={toLocalInput(new Date().toISOString())}
          onChange={(event) => form.changeUntil(event.currentTarget.value)}
          error={form.fieldError('awayUntil')}
        />
        <Select
          label="Delegate"
          description="Someone who can decide approvals while you are away."
          placeholder={candidates.isPending ? 'Loading people…' : 'No delegate'}
          data={options}
          value={form.delegateId}
          onChange={form.changeDelegate}
          searchable
          clearable
          nothingFoundMessage="No one by that name can approve"
          error={
            form.fieldError('delegateId') ??
            (candidates.isError ? `Could not load people: ${candidates.error.message}` : undefined)
          }
          comboboxProps={{ withinPortal: true }}
        />
        {form.formError ? (
          <Alert color="red" title="Not saved">
            {form.formError.message}
          </Alert>
        ) : null}
        {form.saved ? (
          <Text size="sm" c="leeway.8" role="status">
            {form.saved}
          </Text>
        ) : null}
        <OutOfOfficeButtons form={form} isAway={Boolean(availability.awayUntil)} />
      </Stack>
    </form>
  );
}

/** Save, and while away, clear; each shows its own progress. */
function OutOfOfficeButtons({
  form,
  isAway,
}: {
  form: ReturnType<typeof useOutOfOffice>;
  isAway: boolean;
}) {
  return (
    <Group gap="xs">
      <Button type="submit" loading={form.away.isPending && form.away.variables.awayUntil !== null}>
        Save out-of-office
      </Button>
      {isAway ? (
        <Button
          variant="default"
          onClick={form.clear}
          loading={form.away.isPending && form.away.variables.awayUntil === null}
        >
          Clear out-of-office
        </Button>
      ) : null}
    </Group>
  );
}
