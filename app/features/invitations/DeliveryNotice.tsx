import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';

import type { SentInvitation } from './types.ts';

/**
 * How an invitation's link went out. Without mail the admin copies the link to pass on; with mail it
 * is in the invitee's mailbox only, because whoever follows it becomes the invitee.
 */
export function DeliveryNotice({ sent }: { sent: SentInvitation }) {
  const { person } = sent.invitation;
  if (sent.delivery === 'mailed')
    return (
      <Alert color="green" title="Invitation sent">
        {person.name} has a link at {person.email} to choose a password.
      </Alert>
    );
  if (sent.delivery === 'mail_failed' || !sent.link)
    return (
      <Alert color="red" title="The mail did not go out">
        {person.name} is invited, but the mail to {person.email} could not be sent. Try Resend in a
        moment.
      </Alert>
    );
  return (
    <Stack gap="xs">
      <Text size="sm">
        Mail is not set up here: send {person.name} this link yourself. It works once, until{' '}
        {new Date(sent.invitation.expiresAt).toLocaleString()}.
      </Text>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={`Invitation link for ${person.name}`}
          value={sent.link}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          style={{ flex: 1, minWidth: 0 }}
        />
        <CopyButton value={sent.link}>
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
