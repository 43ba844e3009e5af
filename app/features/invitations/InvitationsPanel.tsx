import { Button, Group } from '@mantine/core';
import { useState } from 'react';

import { InviteModal } from './InviteModal.tsx';
import { PendingInvitations } from './PendingInvitations.tsx';

/** The people admin's part for invitations: the Invite button and the invitations still open. */
export function InvitationsPanel() {
  const [inviting, setInviting] = useState(false);
  return (
    <>
      <Group justify="flex-end">
        <Button onClick={() => setInviting(true)}>Invite</Button>
      </Group>
      <InviteModal opened={inviting} onClose={() => setInviting(false)} />
      <PendingInvitations />
    </>
  );
}
