import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { ApiError } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';
import { useSession } from '../auth/session.ts';
import { PersonPicker, TeamPicker } from '../people/Pickers.tsx';
import { useAuthorityLevels, useUpdatePerson, type PersonChanges } from './use-people-admin.ts';

type Fields = { levelKey: string; teamId: string; managerId: string };
const fieldOf: Record<string, keyof Fields> = {
  levelKey: 'levelKey',
  teamId: 'teamId',
  managerId: 'managerId',
};
// Select needs a value for "none"; the API wants null.
const none = '';

const fieldsOf = (person: Person): Fields => ({
  levelKey: person.level?.key ?? none,
  teamId: person.team?.id ?? none,
  managerId: person.manager?.id ?? none,
});

/** What differs from the person as loaded, in the API's terms ("none" is null). */
function changesOf(person: Person, fields: Fields): PersonChanges {
  const initial = fieldsOf(person);
  const changes: PersonChanges = {};
  if (fields.levelKey !== initial.levelKey) changes.levelKey = fields.levelKey || null;
  if (fields.teamId !== initial.teamId) changes.teamId = fields.teamId || null;
  if (fields.managerId !== initial.managerId) changes.managerId = fields.managerId || null;
  return changes;
}

/** The three fields, saving what changed, and the server's answer per field. */
function usePersonFields(person: Person) {
  const update = useUpdatePerson();
  const [fields, setFields] = useState<Fields>(() => fieldsOf(person));
  const changes = changesOf(person, fields);
  const changed = Object.keys(changes).length > 0;
  const error = update.error;
  const errorField = error instanceof ApiError && error.field ? fieldOf[error.field] : undefined;
  const fieldError = (field: keyof Fields) =>
    error && errorField === field ? error.message : undefined;
  const edit = (field: keyof Fields) => (value: string | null) => {
    setFields((f) => ({ ...f, [field]: value ?? none }));
    if (!update.isIdle) update.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (changed) update.mutate({ id: person.id, changes });
  };
  return {
    update,
    fields,
    changed,
    fieldError,
    edit,
    submit,
    formError: errorField ? null : error,
  };
}

/** Level, team and manager: the three facts that decide whom a person's escalations reach and what they may do. */
export function PersonForm({ person }: { person: Person }) {
  const levels = useAuthorityLevels();
  // Nobody raises their own authority: another admin changes your level (the server refuses it too).
  const isMe = useSession().person.id === person.id;
  const { update, fields, changed, fieldError, edit, submit, formError } = usePersonFields(person);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select
          label="Authority level"
          description={
            isMe
              ? 'Your own level is changed by another admin.'
              : 'How much they may decide on their own, per the policy.'
          }
          disabled={isMe}
          allowDeselect={false}
          data={[
            { value: none, label: 'No level (cannot grant anything)' },
            ...(levels.data ?? []).map((l) => ({ value: l.key, label: l.name })),
          ]}
          value={fields.levelKey}
          onChange={edit('levelKey')}
          error={fieldError('levelKey')}
        />
        <TeamPicker
          label="Team"
          allowDeselect={false}
          fixed={[{ value: none, label: 'No team' }]}
          initial={person.team ? { value: person.team.id, label: person.team.name } : null}
          value={fields.teamId}
          onChange={edit('teamId')}
          error={fieldError('teamId')}
        />
        <PersonPicker
          label="Manager"
          description="Their escalations reach this person first, when the level allows."
          allowDeselect={false}
          filter={{ active: true, exclude: [person.id] }}
          fixed={[{ value: none, label: 'No manager' }]}
          initial={person.manager ? { value: person.manager.id, label: person.manager.name } : null}
          value={fields.managerId}
          onChange={edit('managerId')}
          error={fieldError('managerId')}
        />
        {formError ? (
          <Alert color="red" title="Not saved">
            {formError.message}
          </Alert>
        ) : null}
        <Group justify="space-between">
          <Text size="sm" c={update.isSuccess ? 'leeway.8' : 'dimmed'} role="status">
            {update.isSuccess ? 'Saved.' : changed ? 'Unsaved changes.' : ''}
          </Text>
          <Button type="submit" disabled={!changed} loading={update.isPending}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
