import { Alert, Button, Group, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import type { Contact } from './api-types.ts';
import { useUpdateContact } from './use-contacts.ts';

/** A caller who is not a customer yet: add them with the number they called from, and attach them at once. */
export function NewCustomerForm({ contact }: { contact: Contact }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const attach = useUpdateContact(contact.id);
  const create = useMutation({
    mutationFn: () =>
      api<{ customer: { id: string } }>('/api/customers', { method: 'POST', body: { name, ...(contact.phone ? { phone: contact.phone } : {}), ...(email.trim() ? { email: email.trim() } : {}) } }),
    onSuccess: ({ customer }) => attach.mutate({ customerId: customer.id }),
  });
  const fieldError = (field: string) => (create.error instanceof ApiError && create.error.field === field ? create.error.message.replace(/^[^:]+: /, '') : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };

  return (
    <form onSubmit={submit} aria-label="New customer">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput label="New customer's name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError('name')} style={{ flex: '1 1 200px' }} />
        <TextInput label="Email (optional)" type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={fieldError('email')} style={{ flex: '1 1 200px' }} />
        <Button type="submit" mt={24} variant="light" loading={create.isPending || attach.isPending} disabled={!name.trim() || contact.status === 'closed'}>
          Add and attach
        </Button>
      </Group>
      {create.isError && !fieldError('name') && !fieldError('email') ? <Alert color="red" mt="xs">{create.error.message}</Alert> : null}
    </form>
  );
}
