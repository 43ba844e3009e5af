import {
  Alert,
  Button,
  Card,
  Divider,
  Group,
  Loader,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { ApiError } from '../../api/client.ts';
import type { Availability } from './types.ts';
import { useAvailability, useDelegateCandidates, useSetAvailability } from './use-availability.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as a `datetime-local` value in this browser's time zone ("2026-03-10T17:30"). */
function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const dateTime = new Intl.DateTimeFormat('en', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});
const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The server prefixes validation messages with the field ("awayUntil: must be in the future"); beside the field that is noise. */
const withoutFieldPrefix = (message: string, field: string) =>
  message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;

function currentState(a: Availability): string {
  if (a.awayUntil) {
    const until = dateTime.format(new Date(a.awayUntil));
    return a.delegate
      ? `Out of office until ${until}. ${a.delegate.name} decides for you.`
      : `Out of office until ${until}. No delegate.`;
  }
  return a.available
    ? 'Taking requests. Reps’ requests can be routed to you.'
    : 'Not taking requests. Nothing is routed to you.';
}

/** Whether requests are routed to me, and who stands in while I am away. */
export function AvailabilityPanel({ myId }: { myId: string }) {
  const availability = useAvailability();

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="availability-heading">
      <Title order={2} size="h4" id="availability-heading" mb="xs">
        Your availability
      </Title>
      {availability.data ? (
        <AvailabilityForm availability={availability.data} myId={myId} />
      ) : availability.isError ? (
        <Alert color="red" title="Could not load your availability">
          {availability.error.message}
        </Alert>
      ) : (
        <Loader size="sm" role="status" aria-label="Loading availability" />
      )}
    </Card>
  );
}

function AvailabilityForm({ availability, myId }: { availability: Availability; myId: string }) {
  const toggle = useSetAvailability();
  const away = useSetAvailability();
  const candidates = useDelegateCandidates(myId);
  const [until, setUntil] = useState(toLocalInput(availability.awayUntil));
  const [delegateId, setDelegateId] = useState<string | null>(availability.delegate?.id ?? null);
  const [saved, setSaved] = useState<string | null>(null);

  const error = away.error;
  const errorField = error instanceof ApiError ? error.field : undefined;
  const fieldError = (field: 'awayUntil' | 'delegateId') =>
    error && errorField === field ? withoutFieldPrefix(error.message, field) : undefined;

  const edit = () => {
    setSaved(null);
    if (!away.isIdle) away.reset();
  };

  // Show what the server stored, so the fields and the state line agree.
  const showSaved = (stored: Availability, message: string) => {
    setUntil(toLocalInput(stored.awayUntil));
    setDelegateId(stored.delegate?.id ?? null);
    setSaved(message);
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const awayUntil = until ? new Date(until) : null;
    away.mutate(
      {
        available: availability.available,
        awayUntil: awayUntil && !Number.isNaN(awayUntil.getTime()) ? awayUntil.toISOString() : null,
        delegateId,
      },
      { onSuccess: (data) => showSaved(data.availability, 'Out-of-office saved.') },
    );
  };

  const clear = () => {
    setUntil('');
    setDelegateId(null);
    away.mutate(
      { available: availability.available, awayUntil: null, delegateId: null },
      { onSuccess: (data) => showSaved(data.availability, 'Out-of-office cleared.') },
    );
  };

  const delegateOptions = (candidates.data ?? []).map((p) => ({
    value: p.id,
    label: p.level ? `${p.name} (${p.level.name})` : p.name,
  }));
  // The saved delegate stays choosable even if the list has not loaded yet.
  if (
    availability.delegate &&
    !delegateOptions.some((o) => o.value === availability.delegate?.id)
  ) {
    delegateOptions.push({ value: availability.delegate.id, label: availability.delegate.name });
  }

  return (
    <Stack gap="sm">
      <Text size="sm" role="status" data-testid="availability-state">
        {currentState(availability)}
      </Text>
      <Switch
        label="Taking requests"
        description="Off: requests go to other approvers, not to you."
        checked={availability.available}
        disabled={toggle.isPending}
        onChange={(event) =>
          toggle.mutate({
            available: event.currentTarget.checked,
            awayUntil: availability.awayUntil,
            delegateId: availability.delegate?.id ?? null,
          })
        }
      />
      {toggle.isError ? (
        <Alert color="red" title="Not changed">
          {toggle.error.message}
        </Alert>
      ) : null}

      <Divider label="Out of office" labelPosition="left" />
      <form onSubmit={save} noValidate aria-label="Out of office">
        <Stack gap="sm">
          <TextInput
            type="datetime-local"
            label="Away until"
            description={`Your local time (${localZone}). Requests go to your delegate until then.`}
            value={until}
            min={toLocalInput(new Date().toISOString())}
            onChange={(event) => {
              setUntil(event.currentTarget.value);
              edit();
            }}
            error={fieldError('awayUntil')}
          />
          <Select
            label="Delegate"
            description="Someone who can decide approvals while you are away."
            placeholder={candidates.isPending ? 'Loading people…' : 'No delegate'}
            data={delegateOptions}
            value={delegateId}
            onChange={(value) => {
              setDelegateId(value);
              edit();
            }}
            searchable
            clearable
            nothingFoundMessage="No one by that name can approve"
            error={
              fieldError('delegateId') ??
              (candidates.isError
                ? `Could not load people: ${candidates.error.message}`
                : undefined)
            }
            comboboxProps={{ withinPortal: true }}
          />
          {error && !fieldError('awayUntil') && !fieldError('delegateId') ? (
            <Alert color="red" title="Not saved">
              {error.message}
            </Alert>
          ) : null}
          {saved ? (
            <Text size="sm" c="leeway.8" role="status">
              {saved}
            </Text>
          ) : null}
          <Group gap="xs">
            <Button type="submit" loading={away.isPending && away.variables.awayUntil !== null}>
              Save out-of-office
            </Button>
            {availability.awayUntil ? (
              <Button
                variant="default"
                onClick={clear}
                loading={away.isPending && away.variables.awayUntil === null}
              >
                Clear out-of-office
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
