import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';

import { DeliveryNotice } from './DeliveryNotice.tsx';
import { InviteForm } from './InviteForm.tsx';
import type { SentInvitation } from './types.ts';

/** "Invite": the form, then how the link went out (and the link to copy when there is no mail). */
export function InviteModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [sent, setSent] = useState<SentInvitation | null>(null);
  const close = () => {
    setSent(null);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title="Invite someone"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {sent ? (
        <Stack gap="md">
          <DeliveryNotice sent={sent} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setSent(null)}>
              Invite someone else
            </Button>
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <InviteForm onSent={setSent} />
      )}
    </Modal>
  );
}
