import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { roles, type Role } from '../../../contract/roles.ts';
import { ApiError } from '../../api/client.ts';
import { useAuthorityLevels } from '../people-admin/use-people-admin.ts';
import { TeamPicker } from '../people/Pickers.tsx';
import { roleLabels } from '../people/role-labels.ts';
import type { SentInvitation } from './types.ts';
import { useInvite } from './use-invitations.ts';

type Fields = { email: string; name: string; role: Role; levelKey: string; teamId: string };
const blank: Fields = { email: '', name: '', role: 'agent', levelKey: '', teamId: '' };

/** Whom to invite, with the role, level and team they start with (the people rules apply as for anyone added). */
export function InviteForm({ onSent }: { onSent: (sent: SentInvitation) => void }) {
  const levels = useAuthorityLevels();
  const invite = useInvite();
  const [fields, setFields] = useState<Fields>(blank);
  const error = invite.error;
  const errorField = error instanceof ApiError ? error.field : undefined;
  const fieldError = (field: keyof Fields) =>
    error && errorField === field ? error.message : undefined;
  const edit = (field: keyof Fields) => (value: string | null) => {
    setFields((f) => ({ ...f, [field]: value ?? '' }));
    if (!invite.isIdle) invite.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate(
      {
        email: fields.email.trim(),
        name: fields.name.trim(),
        role: fields.role,
        ...(fields.levelKey ? { levelKey: fields.levelKey } : {}),
        ...(fields.teamId ? { teamId: fields.teamId } : {}),
      },
      { onSuccess: onSent },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label="Email"
          type="email"
          required
          value={fields.email}
          onChange={(event) => edit('email')(event.currentTarget.value)}
          error={fieldError('email')}
        />
        <TextInput
          label="Name"
          required
          value={fields.name}
          onChange={(event) => edit('name')(event.currentTarget.value)}
          error={fieldError('name')}
        />
        <Select
          label="Role"
          allowDeselect={false}
          data={roles.map((role) => ({ value: role, label: roleLabels[role] }))}
          value={fields.role}
          onChange={edit('role')}
          error={fieldError('role')}
        />
        <Select
          label="Authority level"
          allowDeselect={false}
          data={[
            { value: '', label: 'No level (cannot grant anything)' },
            ...(levels.data ?? []).map((l) => ({ value: l.key, label: l.name })),
          ]}
          value={fields.levelKey}
          onChange={edit('levelKey')}
          error={fieldError('levelKey')}
        />
        <TeamPicker
          label="Team"
          allowDeselect={false}
          fixed={[{ value: '', label: 'No team' }]}
          initial={null}
          value={fields.teamId}
          onChange={edit('teamId')}
          error={fieldError('teamId')}
        />
        {error && !fieldError(errorField as keyof Fields) ? (
          <Alert color="red" title="Not invited">
            {error.message}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={invite.isPending}>
            Send invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
