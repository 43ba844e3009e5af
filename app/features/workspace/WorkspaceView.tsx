import './workspace.css';

import { Alert, Paper, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

import { useSession } from '../auth/session.ts';
import { ContactView } from './ContactView.tsx';
import { OpenContacts } from './OpenContacts.tsx';
import { PopBanner } from './PopBanner.tsx';
import { StartContact } from './StartContact.tsx';
import { usePublishedPolicy } from './use-authority.ts';
import { useOpenContacts } from './use-contacts.ts';
import { useSlashToFocus } from './use-workspace-keys.ts';
import {
  useContactPops,
  usePolicyUpdates,
  useResolutionUpdates,
  type Pop,
} from './use-workspace-live.ts';
import { VisionStrip } from './VisionStrip.tsx';

/**
 * The rep's screen: the vision, a way to start a contact, the contacts in hand, and the one in front
 * of them. The contact being worked on is in the URL (?contact=), so a reload or a shared link keeps it.
 */
export function WorkspaceView() {
  const { organization } = useSession();
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('contact');
  const open = useOpenContacts();
  // Loaded (and compiled) before the first call arrives, so a popped contact previews at once.
  usePublishedPolicy();
  const contacts = open.data ?? [];
  const [pop, setPop] = useState<Pop | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const select = useCallback(
    (id: string | null, replace = false) => setParams(id ? { contact: id } : {}, { replace }),
    [setParams],
  );
  const dismissPop = useCallback(() => setPop(null), []);

  useContactPops((next) => {
    setPop(next);
    select(next.contactId);
  });
  useResolutionUpdates();
  usePolicyUpdates();
  useSlashToFocus(searchRef);

  // Coming back to the workspace lands on the latest open contact, once; after that the rep chooses.
  const landed = useRef(false);
  const firstOpen = contacts[0]?.id;
  useEffect(() => {
    if (landed.current || !open.isSuccess) return;
    landed.current = true;
    if (!selectedId && firstOpen) select(firstOpen, true);
  }, [open.isSuccess, selectedId, firstOpen, select]);

  const onClosed = () => select(contacts.find((c) => c.id !== selectedId)?.id ?? null);

  return (
    <Stack gap="sm">
      <VisionStrip vision={organization.vision} />
      {pop ? <PopBanner pop={pop} onDismiss={dismissPop} /> : null}
      <StartContact searchRef={searchRef} openContacts={contacts} onOpen={(id) => select(id)} />
      {open.isError ? (
        <Alert color="red">Your open contacts could not be loaded: {open.error.message}</Alert>
      ) : null}
      <OpenContacts
        contacts={contacts}
        selectedId={selectedId}
        poppedId={pop?.contactId ?? null}
        onSelect={(id) => select(id)}
      />
      {selectedId ? (
        <ContactView
          key={selectedId}
          contactId={selectedId}
          popped={pop?.contactId === selectedId}
          onClosed={onClosed}
        />
      ) : (
        <Paper withBorder p="lg">
          <Text fw={600}>No contact open</Text>
          <Text size="sm" c="dimmed">
            A call from the phone system opens here by itself. For a chat, an email or a walk-in,
            search for the customer above and start a contact.
          </Text>
        </Paper>
      )}
    </Stack>
  );
}
