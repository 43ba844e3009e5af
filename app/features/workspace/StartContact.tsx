import { Alert, Anchor, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useRef, useState, type Ref } from 'react';

import { channelLabels, type Channel, type Contact, type CustomerSummary } from './api-types.ts';
import { CustomerPicker } from './CustomerPicker.tsx';
import { useStartContact } from './use-contacts.ts';

const channels = (Object.keys(channelLabels) as Channel[]).map((value) => ({
  value,
  label: channelLabels[value],
}));

type StartContactProps = {
  searchRef: Ref<HTMLInputElement>;
  openContacts: readonly Contact[];
  onOpen: (contactId: string) => void;
};

/** A contact started by hand: find the customer, say how they reached us, start. */
export function StartContact({ searchRef, openContacts, onOpen }: StartContactProps) {
  const [customer, setCustomer] = useState<CustomerSummary | null>(null);
  const [channel, setChannel] = useState<Channel>('call');
  const [pickerKey, setPickerKey] = useState(0);
  const startButton = useRef<HTMLButtonElement>(null);
  const start = useStartContact();
  const alreadyOpen = customer ? openContacts.find((c) => c.customerId === customer.id) : undefined;

  const submit = () => {
    if (!customer) return;
    start.mutate(
      { customerId: customer.id, channel },
      {
        onSuccess: ({ contact }) => {
          setCustomer(null);
          // A fresh picker: the next search starts from an empty box.
          setPickerKey((k) => k + 1);
          onOpen(contact.id);
        },
      },
    );
  };

  return (
    <section aria-label="Start a contact">
      <Stack gap="xs">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <div style={{ flex: '1 1 260px', minWidth: 0 }}>
            <CustomerPicker
              key={pickerKey}
              label="Search customers"
              placeholder="Name, phone, email or reference"
              inputRef={searchRef}
              onPick={(picked) => {
                setCustomer(picked);
                start.reset();
              }}
              afterPick={() => requestAnimationFrame(() => startButton.current?.focus())}
            />
          </div>
          <SegmentedControl
            aria-label="Channel"
            data={channels}
            value={channel}
            onChange={(value) => setChannel(value as Channel)}
          />
          <Button ref={startButton} onClick={submit} disabled={!customer} loading={start.isPending}>
            Start contact
          </Button>
        </Group>
        {customer && alreadyOpen ? (
          <Text size="sm" c="dimmed">
            You already have an open contact with {customer.name}.{' '}
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => onOpen(alreadyOpen.id)}
            >
              Go to it
            </Anchor>
          </Text>
        ) : null}
        {start.isError ? (
          <Alert color="red" title="The contact did not start">
            {start.error.message}
          </Alert>
        ) : null}
      </Stack>
    </section>
  );
}
