import { Group, Text, UnstyledButton } from '@mantine/core';

import { channelLabels, type Contact } from './api-types.ts';
import { formatPhone } from './format.ts';
import { relativeTime } from './history.ts';
import { useNow } from './use-now.ts';

export function contactTitle(contact: Pick<Contact, 'customerName' | 'phone'>): string {
  return contact.customerName ?? (contact.phone ? formatPhone(contact.phone) : 'Unknown customer');
}

type OpenContactsProps = {
  contacts: readonly Contact[];
  selectedId: string | null;
  poppedId: string | null;
  onSelect: (id: string) => void;
};

/** My open contacts side by side, so a rep on a call and two chats can switch in one click. */
export function OpenContacts({ contacts, selectedId, poppedId, onSelect }: OpenContactsProps) {
  const now = useNow(30_000);
  if (contacts.length === 0) return null;
  return (
    <nav aria-label="Open contacts">
      <Group gap="xs" wrap="nowrap" style={{ overflowX: 'auto' }} pb={2}>
        {contacts.map((contact) => {
          const current = contact.id === selectedId;
          return (
            <UnstyledButton
              key={contact.id}
              onClick={() => onSelect(contact.id)}
              aria-current={current ? 'true' : undefined}
              className={contact.id === poppedId ? 'ws-pop-pulse' : undefined}
              px="sm"
              py={6}
              style={{
                flexShrink: 0,
                borderRadius: 'var(--mantine-radius-md)',
                border: `1px solid ${current ? 'var(--mantine-color-leeway-7)' : 'var(--mantine-color-gray-3)'}`,
                background: current
                  ? 'var(--mantine-color-leeway-0)'
                  : 'var(--mantine-color-white)',
                maxWidth: 240,
              }}
            >
              <Text size="sm" fw={600} truncate="end">
                {contactTitle(contact)}
              </Text>
              <Text size="xs" c="dimmed">
                {channelLabels[contact.channel]} · {relativeTime(contact.openedAt, now)}
              </Text>
            </UnstyledButton>
          );
        })}
      </Group>
    </nav>
  );
}
