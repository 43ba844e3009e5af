import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useRef, useState } from 'react';

import type { Contact, CustomerSummary } from './api-types.ts';
import { CustomerPicker } from './CustomerPicker.tsx';
import { formatPhone } from './format.ts';
import { NewCustomerForm } from './NewCustomerForm.tsx';
import { useUpdateContact } from './use-contacts.ts';

/** A call from a number Leeway does not know: find who it is and attach them, so the rest of the screen can help. */
export function AttachCustomer({ contact }: { contact: Contact }) {
  const headingId = useId();
  const [customer, setCustomer] = useState<CustomerSummary | null>(null);
  const attachButton = useRef<HTMLButtonElement>(null);
  const update = useUpdateContact(contact.id);

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id={headingId}>
            Unknown caller
          </Title>
          <Text size="sm" c="dimmed">
            {contact.phone
              ? `${formatPhone(contact.phone)} does not match any customer.`
              : 'No customer is attached to this contact.'}{' '}
            Ask for their name, email or order number.
          </Text>
        </div>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <div style={{ flex: '1 1 240px', minWidth: 0 }}>
            <CustomerPicker
              label="Find the customer"
              placeholder="Name, email, phone or reference"
              onPick={setCustomer}
              afterPick={() => requestAnimationFrame(() => attachButton.current?.focus())}
            />
          </div>
          <Button
            ref={attachButton}
            disabled={!customer || contact.status === 'closed'}
            loading={update.isPending}
            onClick={() => customer && update.mutate({ customerId: customer.id })}
          >
            Attach to this contact
          </Button>
        </Group>
        {update.isError ? <Alert color="red">{update.error.message}</Alert> : null}
        <Text size="sm" fw={500}>
          Not a customer yet?
        </Text>
        <NewCustomerForm contact={contact} />
      </Stack>
    </Card>
  );
}
