import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';

import { ApiError } from '../../api/client.ts';
import { useRevokeCertificate } from './use-trainer-actions.ts';

/** Revoke, asked for a reason first (the ledger keeps it); the server's refusal shown under it. */
export function RevokeCertificate({ id, what }: { id: string; what: string }) {
  const revoke = useRevokeCertificate(id);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  if (revoke.isSuccess)
    return (
      <Text size="sm" role="status">
        Revoked.
      </Text>
    );
  if (!asking)
    return (
      <Button
        size="xs"
        variant="default"
        color="red"
        onClick={() => setAsking(true)}
        aria-label={`Revoke ${what}`}
      >
        Revoke
      </Button>
    );
  const error = revoke.error;
  const atReason = error instanceof ApiError && error.field === 'reason';
  return (
    <form
      noValidate
      aria-label={`Revoke ${what}`}
      onSubmit={(event) => {
        event.preventDefault();
        revoke.mutate(reason);
      }}
    >
      <Stack gap={6}>
        <TextInput
          label="Reason for revoking"
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={atReason ? error.message : undefined}
          size="xs"
          data-autofocus
        />
        {error && !atReason ? (
          <Text size="sm" c="red" role="alert">
            {error.message}
          </Text>
        ) : null}
        <Group gap="xs">
          <Button type="submit" size="xs" color="red" loading={revoke.isPending}>
            Revoke certificate
          </Button>
          <Button size="xs" variant="subtle" onClick={() => setAsking(false)}>
            Keep it
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
