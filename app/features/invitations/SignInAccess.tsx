import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';

import type { issuedPasswordResetResponse } from '../../../contract/auth.ts';
import type { signInStatusResponse } from '../../../contract/invitations.ts';
import { api } from '../../api/client.ts';
import { DeliveryNotice } from './DeliveryNotice.tsx';
import type { SentInvitation } from './types.ts';

type SignInStatus = z.infer<typeof signInStatusResponse>;
type IssuedReset = z.infer<typeof issuedPasswordResetResponse>;

/**
 * In the People admin's panel: how this person gets in, and the one action that fits. Someone with
 * no password and no invitation (imported, say) is invited; someone with a password can be issued a
 * reset link, which the server refuses for yourself and, without mail, for another admin.
 */
export function SignInAccess({ person }: { person: { id: string; name: string } }) {
  const queryClient = useQueryClient();
  const key = ['people', person.id, 'sign-in'];
  const status = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api<SignInStatus>(`/api/people/${person.id}/sign-in`, { signal }),
  });
  const invite = useMutation({
    mutationFn: () =>
      api<SentInvitation>(`/api/people/${person.id}/invitation`, { method: 'POST', body: {} }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: key }),
        queryClient.invalidateQueries({ queryKey: ['invitations'] }),
      ]),
  });
  const reset = useMutation({
    mutationFn: () =>
      api<IssuedReset>(`/api/people/${person.id}/password-reset`, { method: 'POST', body: {} }),
  });

  if (!status.data) return null;
  const error = invite.error ?? reset.error;
  return (
    <Stack gap="xs">
      {status.data.signIn === 'none' && !invite.data && (
        <Group>
          <Text size="sm">{person.name} cannot sign in yet.</Text>
          <Button onClick={() => invite.mutate()} loading={invite.isPending}>
            Invite
          </Button>
        </Group>
      )}
      {invite.data && <DeliveryNotice sent={invite.data} />}
      {status.data.signIn === 'invited' && !invite.data && (
        <Text size="sm">Invited: resend or revoke it under Pending invitations.</Text>
      )}
      {status.data.signIn === 'deactivated' && (
        <Text size="sm">Deactivated: {person.name} cannot sign in.</Text>
      )}
      {status.data.signIn === 'password' && !reset.data && (
        <Group>
          <Button variant="default" onClick={() => reset.mutate()} loading={reset.isPending}>
            Issue a password reset link
          </Button>
        </Group>
      )}
      {reset.data && <ResetNotice name={person.name} issued={reset.data} />}
      {error && (
        <Alert color="red" title="Not done">
          {error.message}
        </Alert>
      )}
    </Stack>
  );
}

function ResetNotice({ name, issued }: { name: string; issued: IssuedReset }) {
  if (issued.delivery === 'mailed')
    return (
      <Alert color="green" title="Reset link sent">
        {name} has a link in their mailbox to choose a new password.
      </Alert>
    );
  if (!issued.link)
    return (
      <Alert color="red" title="The mail did not go out">
        The reset link could not be mailed to {name}. Try again in a moment.
      </Alert>
    );
  return (
    <Stack gap="xs">
      <Text size="sm">
        Mail is not set up here: hand {name} this link yourself. It works once, until{' '}
        {new Date(issued.expiresAt).toLocaleString()}.
      </Text>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={`Reset link for ${name}`}
          value={issued.link}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          style={{ flex: 1, minWidth: 0 }}
        />
        <CopyButton value={issued.link}>
          {({ copied, copy }) => (
            <Button variant={copied ? 'filled' : 'light'} onClick={copy}>
              {copied ? 'Copied' : 'Copy link'}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
