import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';

import type { Person } from '../../api/types.ts';
import { useSession } from '../auth/session.ts';
import type { PeopleFilter } from '../people/pickers.ts';
import { PersonPicker } from '../people/Pickers.tsx';
import { toLocalInput } from './availability-format.ts';
import type { Availability } from './types.ts';
import { useOutOfOffice } from './use-out-of-office.ts';

const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Who may stand in: active people whose role decides approvals (the server says which), not me. */
function useDelegateFilter(myId: string): PeopleFilter {
  const { delegateRoles } = useSession();
  return { role: delegateRoles.join(','), active: true, exclude: [myId] };
}

const withLevel = (p: Person) => (p.level ? `${p.name} (${p.level.name})` : p.name);

/** Away until when, and who decides meanwhile. */
export function OutOfOfficeForm({
  availability,
  myId,
}: {
  availability: Availability;
  myId: string;
}) {
  const form = useOutOfOffice(availability);
  const filter = useDelegateFilter(myId);
  const saved = availability.delegate;
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
        <PersonPicker
          label="Delegate"
          description="Someone who can decide approvals while you are away."
          placeholder="No delegate"
          filter={filter}
          labelOf={withLevel}
          initial={saved ? { value: saved.id, label: saved.name } : null}
          value={form.delegateId}
          onChange={form.changeDelegate}
          clearable
          nothingFoundMessage="No one by that name can approve"
          error={form.fieldError('delegateId')}
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
