import { Badge, Button, Card, Group, Text, Textarea, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';

import { api } from '../../api/client.ts';
import { useSession } from '../auth/session.ts';
import { channelLabels, type Contact, type ContactWithResolutions } from './api-types.ts';
import { formatPhone } from './format.ts';
import { relativeTime } from './history.ts';
import { useCloseContact, useUpdateContact, workspaceKeys } from './use-contacts.ts';
import { useNow } from './use-now.ts';

/** What the notes say when the rep last typed, and how far saving them has got. */
function saveStateOf(
  update: { isError: boolean; isPending: boolean; error: Error | null },
  notes: string,
  saved: string,
) {
  if (update.isError && notes !== saved) return `Not saved: ${update.error?.message ?? ''}`;
  if (update.isPending) return 'Saving…';
  if (notes !== saved) return 'Editing…';
  return saved ? 'Saved' : '';
}

/** The notes as typed, saved a moment after the rep stops typing and once more on leaving before that. */
function useContactNotes(contact: Contact) {
  const [notes, setNotes] = useState(contact.notes);
  const [saved, setSaved] = useState(contact.notes);
  const [debounced] = useDebouncedValue(notes, 700);
  const update = useUpdateContact(contact.id);
  const queryClient = useQueryClient();
  const { mutate } = update;
  const closed = contact.status === 'closed';

  useEffect(() => {
    if (debounced === saved || closed) return;
    mutate({ notes: debounced }, { onSuccess: () => setSaved(debounced) });
  }, [debounced, saved, closed, mutate]);

  const latest = useRef({ notes, saved });
  latest.current = { notes, saved };
  useEffect(
    () => () => {
      const { notes: unsaved, saved: stored } = latest.current;
      if (unsaved === stored || closed) return;
      api<ContactWithResolutions>(`/api/contacts/${contact.id}`, {
        method: 'PATCH',
        body: { notes: unsaved },
      })
        .then((data) => queryClient.setQueryData(workspaceKeys.contact(contact.id), data))
        .catch(() => undefined);
    },
    [contact.id, closed, queryClient],
  );

  return { notes, setNotes, saved, setSaved, update, state: saveStateOf(update, notes, saved) };
}

/**
 * The contact's notes and its wrap-up. Notes save themselves a moment after the rep stops typing,
 * and once more if the rep switches away before that.
 */
export function ContactNotes({
  contact,
  onClosed,
  confirmClose,
}: {
  contact: Contact;
  onClosed: () => void;
  /** Asked before closing (the knowledge panel may first offer its top suggestion). */
  confirmClose?: (close: () => void) => void;
}) {
  const headingId = useId();
  const { person } = useSession();
  const now = useNow(30_000);
  const { notes, setNotes, saved, setSaved, update, state } = useContactNotes(contact);
  const close = useCloseContact();
  const closed = contact.status === 'closed';
  const mine = contact.openedBy.id === person.id;
  const closeNow = () => {
    // Whatever is typed goes with the contact, even inside the autosave pause.
    const pending =
      notes !== saved
        ? api(`/api/contacts/${contact.id}`, { method: 'PATCH', body: { notes } })
        : Promise.resolve();
    setSaved(notes);
    void pending.finally(() => close.mutate(contact.id, { onSuccess: onClosed }));
  };

  return (
    <Card withBorder padding="md">
      <Group justify="space-between" mb={4}>
        <Title order={2} size="h5" id={headingId}>
          Notes
        </Title>
        <Text size="xs" c={update.isError ? 'red.8' : 'dimmed'} aria-live="polite">
          {state}
        </Text>
      </Group>
      <Textarea
        aria-labelledby={headingId}
        placeholder="What the customer said, what you promised. Saved as you type."
        value={notes}
        onChange={(event) => setNotes(event.currentTarget.value)}
        readOnly={closed || !mine}
        autosize
        minRows={2}
        maxRows={10}
        maxLength={10_000}
      />
      <Group justify="space-between" mt="sm" gap="xs">
        <Text size="xs" c="dimmed">
          {channelLabels[contact.channel]} opened {relativeTime(contact.openedAt, now)}
          {contact.phone ? ` from ${formatPhone(contact.phone)}` : ''}
          {mine ? '' : ` by ${contact.openedBy.name}`}
        </Text>
        {closed ? (
          <Badge color="gray">Closed</Badge>
        ) : mine ? (
          <Group gap="xs">
            {close.isError ? (
              <Text size="sm" c="red.8">
                Not closed: {close.error.message}
              </Text>
            ) : null}
            <Button
              variant="default"
              size="sm"
              onClick={() => (confirmClose ? confirmClose(closeNow) : closeNow())}
              loading={close.isPending}
            >
              Close contact
            </Button>
          </Group>
        ) : null}
      </Group>
    </Card>
  );
}
