import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';

import { LoadMore } from '../../components/LoadMore.tsx';
import { roleLabels } from '../people/role-labels.ts';
import { DeliveryNotice } from './DeliveryNotice.tsx';
import type { Invitation, SentInvitation } from './types.ts';
import { useInvitations, useResendInvitation, useRevokeInvitation } from './use-invitations.ts';

function InvitationRow({
  invitation,
  onResent,
}: {
  invitation: Invitation;
  onResent: (sent: SentInvitation) => void;
}) {
  const resend = useResendInvitation();
  const revoke = useRevokeInvitation();
  const { person } = invitation;
  const expired = invitation.status === 'expired';
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {person.name}
        </Text>
        <Text size="sm" c="dimmed">
          {person.email}
        </Text>
      </Table.Td>
      <Table.Td>
        {roleLabels[person.role]}
        {person.level ? `, ${person.level.name}` : ''}
      </Table.Td>
      <Table.Td>
        <Badge color={expired ? 'orange' : 'blue'} variant="light">
          {expired ? 'Expired' : 'Pending'}
        </Badge>
        <Text size="xs" c="dimmed">
          {expired ? 'Expired' : 'Until'} {new Date(invitation.expiresAt).toLocaleString()}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            variant="light"
            loading={resend.isPending}
            onClick={() => resend.mutate(invitation.id, { onSuccess: onResent })}
            aria-label={`Resend the invitation to ${person.name}`}
          >
            Resend
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            loading={revoke.isPending}
            onClick={() => revoke.mutate(invitation.id)}
            aria-label={`Revoke the invitation to ${person.name}`}
          >
            Revoke
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** Invitations not yet accepted: resend one (a new link replaces the old) or revoke it. */
export function PendingInvitations() {
  const invitations = useInvitations();
  const [resent, setResent] = useState<SentInvitation | null>(null);
  if (invitations.isError)
    return (
      <Alert color="red" title="Could not load invitations">
        {invitations.error?.message}
      </Alert>
    );
  if (invitations.rows.length === 0) return null;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Pending invitations
        </Title>
        {resent ? <DeliveryNotice sent={resent} /> : null}
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" aria-label="Pending invitations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Person</Table.Th>
                <Table.Th>Role and level</Table.Th>
                <Table.Th>Link</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.rows.map((invitation) => (
                <InvitationRow key={invitation.id} invitation={invitation} onResent={setResent} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <LoadMore list={invitations} label="Load more invitations" />
      </Stack>
    </Paper>
  );
}
