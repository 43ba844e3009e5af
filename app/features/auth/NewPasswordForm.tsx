import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { ApiError } from '../../api/client.ts';
import type { Session } from '../../api/types.ts';

type Props = {
  token: string;
  mutation: UseMutationResult<Session, Error, { token: string; password: string }>;
  submitLabel: string;
};

/** Choose a password (typed twice), for an invitation or a reset; the server's policy has the last word. */
export function NewPasswordForm({ token, mutation, submitLabel }: Props) {
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const navigate = useNavigate();
  const error = mutation.error;
  const field = error instanceof ApiError ? error.field : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password !== repeat) return setMismatch(true);
    mutation.mutate({ token, password }, { onSuccess: () => navigate('/', { replace: true }) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          At least 12 characters. A few words you can remember are better than a short jumble.
        </Text>
        <TextInput
          label="New password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
            mutation.reset();
          }}
          error={
            field === 'password' ? error?.message.replace(/^password: /, 'Password ') : undefined
          }
          required
          withAsterisk={false}
        />
        <TextInput
          label="Repeat the new password"
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(event) => {
            setRepeat(event.currentTarget.value);
            setMismatch(false);
          }}
          error={mismatch ? 'The two passwords are not the same' : undefined}
          required
          withAsterisk={false}
        />
        {error && field !== 'password' ? (
          <Alert color="red" title="This link cannot be used">
            {error.message}{' '}
            <Anchor component={Link} to="/forgot-password" c="red.9">
              Ask for a new link
            </Anchor>
          </Alert>
        ) : null}
        <Button type="submit" loading={mutation.isPending} fullWidth>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
