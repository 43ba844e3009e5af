import { useState } from 'react';

import type { Override } from '../../../domain/authority/policy.ts';
import { dateInZone, endOfDateInZone, lastDateInZone, startOfDateInZone } from './dates.ts';

export type OverrideLimits = Pick<
  Override,
  'perIncidentMinor' | 'perCustomerMinor' | 'perDayMinor' | 'perMonthMinor'
>;

export type OverrideFieldErrors = Record<
  'person' | 'type' | 'limits' | 'starts' | 'ends',
  string | undefined
>;

/** What is missing or wrong in an override being edited, per field; all undefined when it can be applied. */
export function overrideErrors(fields: {
  personId: string | null;
  type: string | null;
  limits: OverrideLimits;
  startsAt: string | null;
  expiresAt: string | null;
}): OverrideFieldErrors {
  const { startsAt, expiresAt } = fields;
  return {
    person: fields.personId ? undefined : 'Choose a person',
    type: fields.type ? undefined : 'Choose a resolution type',
    limits: Object.values(fields.limits).some((v) => v !== undefined)
      ? undefined
      : 'Set at least one limit',
    starts: startsAt ? undefined : 'Enter a date',
    ends: !expiresAt
      ? 'Enter a date'
      : startsAt && expiresAt <= startsAt
        ? 'The last day must not be before the first'
        : undefined,
  };
}

/** The override form's fields: from the override being edited, or a new one starting today for a week. */
export function useOverrideFields(
  original: Override | null,
  presetPersonId: string | undefined,
  timeZone: string,
) {
  const [personId, setPersonId] = useState(original?.personId ?? presetPersonId ?? null);
  const [type, setType] = useState<string | null>(original?.type ?? null);
  const [limits, setLimits] = useState<OverrideLimits>({
    perIncidentMinor: original?.perIncidentMinor,
    perCustomerMinor: original?.perCustomerMinor,
    perDayMinor: original?.perDayMinor,
    perMonthMinor: original?.perMonthMinor,
  });
  const [starts, setStarts] = useState(() =>
    original ? dateInZone(original.startsAt, timeZone) : dateInZone(new Date(), timeZone),
  );
  const [ends, setEnds] = useState(() =>
    original
      ? lastDateInZone(original.expiresAt, timeZone)
      : dateInZone(new Date(Date.now() + 6 * 86_400_000), timeZone),
  );
  const [note, setNote] = useState(original?.note ?? '');
  const startsAt = startOfDateInZone(starts, timeZone);
  const expiresAt = endOfDateInZone(ends, timeZone);
  const setLimit = (field: keyof OverrideLimits) => (minor: number | undefined) =>
    setLimits((l) => ({ ...l, [field]: minor }));
  return {
    personId,
    setPersonId,
    type,
    setType,
    limits,
    setLimit,
    starts,
    setStarts,
    ends,
    setEnds,
    note,
    setNote,
    startsAt,
    expiresAt,
    errors: overrideErrors({ personId, type, limits, startsAt, expiresAt }),
  };
}

export type OverrideFields = ReturnType<typeof useOverrideFields>;
