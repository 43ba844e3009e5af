import {
  Alert,
  Button,
  CopyButton,
  Group,
  Stack,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';

import { useInviteImported } from '../invitations/use-invitations.ts';
import type { ImportRecord } from './use-import.ts';

/**
 * After a people import is applied: invite, at once, everyone it brought in who cannot sign in yet.
 * Without mail the links are listed to copy and pass on; with mail they go to the mailboxes only.
 */
export function InviteImported({ record }: { record: ImportRecord }) {
  const invite = useInviteImported();
  const named = record.created + record.updated + record.unchanged;
  const sent = invite.data;
  return (
    <Stack gap="sm">
      {!sent && (
        <Group>
          <Button onClick={() => invite.mutate(record.id)} loading={invite.isPending}>
            Invite the {named.toLocaleString()} {named === 1 ? 'person' : 'people'}
          </Button>
          <Text size="sm">Whoever already signs in or is invited is left as they are.</Text>
        </Group>
      )}
      {invite.error && (
        <Alert color="red" title="Nobody invited">
          {invite.error.message}
        </Alert>
      )}
      {sent && <Invited sent={sent} />}
    </Stack>
  );
}

function Invited({ sent }: { sent: NonNullable<ReturnType<typeof useInviteImported>['data']> }) {
  const invited = `${sent.invited.toLocaleString()} ${sent.invited === 1 ? 'person' : 'people'}`;
  if (!sent.links)
    return (
      <Alert
        color={sent.mailFailed > 0 ? 'red' : 'green'}
        title={`Invited ${invited}`}
        role="status"
      >
        {sent.mailed.toLocaleString()} mailed.
        {sent.mailFailed > 0 &&
          ` ${sent.mailFailed.toLocaleString()} could not be mailed: resend those from the People page.`}
      </Alert>
    );
  return (
    <Stack gap="xs">
      <Text size="sm" role="status">
        Invited {invited}.{' '}
        {sent.links.length > 0 &&
          'Mail is not set up here: send each person their link yourself. Each works once.'}
      </Text>
      {sent.links.map(({ invitationId, person, link }) => (
        <Group key={invitationId} gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label={`Invitation link for ${person.name}`}
            description={person.email}
            value={link}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            style={{ flex: 1, minWidth: 0 }}
          />
          <CopyButton value={link}>
            {({ copied, copy }) => (
              <Button variant={copied ? 'filled' : 'light'} onClick={copy}>
                {copied ? 'Copied' : 'Copy'}
                <VisuallyHidden> the link for {person.name}</VisuallyHidden>
              </Button>
            )}
          </CopyButton>
        </Group>
      ))}
    </Stack>
  );
}
