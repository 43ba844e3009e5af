import { useState, type FormEvent } from 'react';

import { ApiError } from '../../api/client.ts';
import { toLocalInput } from './availability-format.ts';
import type { Availability } from './types.ts';
import { useSetAvailability } from './use-availability.ts';

/** The server prefixes validation messages with the field ("awayUntil: must be in the future"); beside the field that is noise. */
const withoutFieldPrefix = (message: string, field: string) =>
  message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;

/** The out-of-office fields, saving and clearing them, and what the server said about each. */
export function useOutOfOffice(availability: Availability) {
  const away = useSetAvailability();
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
  return {
    away,
    until,
    changeUntil: (value: string) => {
      setUntil(value);
      edit();
    },
    delegateId,
    changeDelegate: (value: string | null) => {
      setDelegateId(value);
      edit();
    },
    saved,
    fieldError,
    /** A refusal not about one field, shown under the form. */
    formError: error && !fieldError('awayUntil') && !fieldError('delegateId') ? error : null,
    save,
    clear,
  };
}
