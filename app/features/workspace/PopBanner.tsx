import { Alert, Text } from '@mantine/core';
import { useEffect } from 'react';

import { formatPhone } from './format.ts';
import { useContact } from './use-contacts.ts';
import type { Pop } from './use-workspace-live.ts';

const SHOWN_FOR_MS = 20_000;

/** The visible cue that telephony just opened a contact: who is calling, and that their screen is already up. */
export function PopBanner({ pop, onDismiss }: { pop: Pop; onDismiss: () => void }) {
  const contact = useContact(pop.contactId);
  const name = contact.data?.contact.customerName;

  useEffect(() => {
    const timer = setTimeout(onDismiss, SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [pop, onDismiss]);

  return (
    <Alert
      role="alert"
      variant="filled"
      color="leeway"
      className="ws-pop-pulse"
      title={`Incoming call${pop.phone ? ` from ${formatPhone(pop.phone)}` : ''}`}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onDismiss}
      py="xs"
    >
      <Text size="sm" c="white">
        {pop.customerId
          ? `${name ?? 'The caller'}: their profile is open below.`
          : 'The number matches no customer: find them below and attach them to the call.'}
      </Text>
    </Alert>
  );
}
