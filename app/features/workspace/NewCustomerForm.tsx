import { Alert, Button, Group, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';

import { api, ApiError } from '../../api/client.ts';
import type { Contact } from './api-types.ts';
import { useUpdateContact } from './use-contacts.ts';

/** The new customer's fields, creating them, and attaching them (or the customer they turn out to be). */
function useNewCustomer(contact: Contact) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  // A number the server cannot read as a phone number (a withheld caller's) need not block adding them.
  const [withoutPhone, setWithoutPhone] = useState(false);
  const attach = useUpdateContact(contact.id);
  const create = useMutation({
    mutationFn: () =>
      api<{ customer: { id: string } }>('/api/customers', {
        method: 'POST',
        body: {
          name,
          ...(contact.phone && !withoutPhone ? { phone: contact.phone } : {}),
          ...(email.trim() ? { email: email.trim() } : {}),
        },
      }),
    onSuccess: ({ customer }) => attach.mutate({ customerId: customer.id }),
  });
  const fieldError = (field: string) =>
    create.error instanceof ApiError && create.error.field === field
      ? create.error.message.replace(/^[^:]+: /, '')
      : undefined;
  // The number or address is another customer's: attach that one, whose flags and history count.
  const existing =
    create.error instanceof ApiError && create.error.code === 'conflict'
      ? create.error.existing
      : undefined;

  return {
    name,
    setName,
    email,
    setEmail,
    withoutPhone,
    setWithoutPhone,
    attach,
    create,
    fieldError,
    existing,
  };
}

/** A caller who is not a customer yet: add them with the number they called from, and attach them at once. */
export function NewCustomerForm({ contact }: { contact: Contact }) {
  const form = useNewCustomer(contact);
  const { name, setName, email, setEmail, attach, create, fieldError } = form;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };

  return (
    <form onSubmit={submit} aria-label="New customer">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          label="New customer's name"
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError('name')}
          style={{ flex: '1 1 200px' }}
        />
        <TextInput
          label="Email (optional)"
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={fieldError('email')}
          style={{ flex: '1 1 200px' }}
        />
        <Button
          type="submit"
          mt={24}
          variant="light"
          loading={create.isPending || attach.isPending}
          disabled={!name.trim() || contact.status === 'closed'}
        >
          Add and attach
        </Button>
      </Group>
      <NewCustomerProblem form={form} contact={contact} />
    </form>
  );
}

/** The number or address belongs to another customer (attach them instead), the number is unreadable (add without it), or another refusal. */
function NewCustomerProblem({
  form,
  contact,
}: {
  form: ReturnType<typeof useNewCustomer>;
  contact: Contact;
}) {
  const { attach, create, fieldError, existing, withoutPhone, setWithoutPhone } = form;
  return existing ? (
    <Alert color="yellow" mt="xs">
      <Group justify="space-between" gap="xs">
        <span>{create.error?.message}</span>
        <Button
          size="xs"
          variant="light"
          loading={attach.isPending}
          onClick={() => attach.mutate({ customerId: existing.id })}
        >
          Attach {existing.name ?? 'them'} instead
        </Button>
      </Group>
    </Alert>
  ) : fieldError('phone') && !withoutPhone ? (
    <Alert color="red" mt="xs">
      <Group justify="space-between" gap="xs">
        <span>
          The number {contact.phone} {fieldError('phone')}.
        </span>
        <Button
          size="xs"
          variant="light"
          onClick={() => {
            setWithoutPhone(true);
            create.reset();
          }}
        >
          Add without the number
        </Button>
      </Group>
    </Alert>
  ) : create.isError && !fieldError('name') && !fieldError('email') ? (
    <Alert color="red" mt="xs">
      {create.error.message}
    </Alert>
  ) : null;
}
