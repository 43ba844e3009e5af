import { Alert, Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';

import { ApiError } from '../../api/client.ts';
import type { Option } from '../../components/search-select.ts';
import { PersonPicker } from '../people/Pickers.tsx';
import { formatDate } from '../training/format.ts';
import type { HeldCertification } from './api-types.ts';
import { RevokeCertificate } from './RevokeCertificate.tsx';
import { useCatalogue, useSignOff } from './use-trainer-actions.ts';

/** Who and what a sign-off request asks for, to start the form from. */
export type SignOffPrefill = { person: Option; certificationKey: string };

type Awarded = { person: Option; certification: HeldCertification };

const fields = ['personId', 'certificationKey', 'note'] as const;

/**
 * A practical skill signed off for someone else (four eyes: the server refuses one's own and says
 * so here). Each award made is listed under the form with a Revoke, for a sign-off made in error.
 */
export function SignOffForm({ prefill }: { prefill: SignOffPrefill | null }) {
  const catalogue = useCatalogue();
  const signOff = useSignOff();
  const [person, setPerson] = useState<Option | null>(prefill?.person ?? null);
  const [key, setKey] = useState(prefill?.certificationKey ?? '');
  const [note, setNote] = useState('');
  const [awarded, setAwarded] = useState<Awarded[]>([]);

  const error = signOff.error;
  const errorAt = (field: (typeof fields)[number]) =>
    error instanceof ApiError && error.field === field ? error.message : undefined;
  const elsewhere = error && !fields.some((f) => errorAt(f)) ? error.message : undefined;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const who = person;
    signOff.mutate(
      { personId: who?.value ?? '', certificationKey: key, note },
      {
        onSuccess: ({ certification }) => {
          if (who) setAwarded((list) => [{ person: who, certification }, ...list]);
          setNote('');
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      <form onSubmit={submit} noValidate aria-label="Sign off a practical skill">
        <Stack gap="sm">
          <PersonPicker
            label="Person"
            filter={{ active: true }}
            value={person?.value ?? null}
            initial={person}
            onChange={(_, option) => setPerson(option)}
            error={errorAt('personId')}
          />
          <NativeSelect
            label="Certification"
            value={key}
            onChange={(e) => setKey(e.currentTarget.value)}
            data={[
              { value: '', label: catalogue.isPending ? 'Loading…' : 'Choose a certification' },
              ...(catalogue.data ?? []).map((c) => ({ value: c.key, label: c.title })),
            ]}
            error={errorAt('certificationKey')}
          />
          <Textarea
            label="Note"
            description="What you saw them do; the ledger keeps it"
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errorAt('note')}
          />
          {elsewhere ? <Alert color="red">{elsewhere}</Alert> : null}
          <Group>
            <Button type="submit" loading={signOff.isPending}>
              Sign off
            </Button>
          </Group>
        </Stack>
      </form>
      {awarded.length > 0 ? (
        <Stack
          component="ul"
          gap={6}
          aria-label="Signed off just now"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {awarded.map(({ person: who, certification: c }) => (
            <Group key={c.id} component="li" justify="space-between" gap="xs" wrap="wrap">
              <Text size="sm" role="status">
                Signed off: <strong>{who.label}</strong>, {c.title}
                {c.expiresAt ? `, valid until ${formatDate(c.expiresAt)}` : ''}
              </Text>
              <RevokeCertificate id={c.id} what={`${c.title} for ${who.label}`} />
            </Group>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
