import { Autocomplete, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';

import { fieldProps } from '../../lib/field-props.ts';
import { timeZones } from './time-zones.ts';

export type OrganizationFieldName = 'name' | 'timeZone' | 'vision';

type Props = {
  values: Record<OrganizationFieldName, string>;
  edit: (field: OrganizationFieldName, value: string) => void;
  fieldError: (field: OrganizationFieldName) => string | undefined;
  /** Setup marks what it cannot go without; the settings page changes what is already there. */
  required?: boolean;
  /** What only setup asks for (the short name, the currency), between the name and the time zone. */
  children?: ReactNode;
};

/** The organization's name, time zone and vision, as setup asks for them and the settings change them. */
export function OrganizationFields({ values, edit, fieldError, required, children }: Props) {
  const field = fieldProps(values, edit, fieldError);
  return (
    <>
      <TextInput
        label="Organization name"
        {...field.text('name')}
        maxLength={200}
        required={required}
      />
      {children}
      <Autocomplete
        label="Time zone"
        description="Where daily budgets start and end: an IANA time zone, such as Europe/Paris."
        {...field.choice('timeZone')}
        data={timeZones()}
        limit={20}
        maw={420}
        required={required}
      />
      <Textarea
        label="Vision of service"
        description="Shown to everyone on their Home page: the promise every decision starts from."
        {...field.text('vision')}
        autosize
        minRows={3}
        maxRows={12}
        maxLength={4000}
      />
    </>
  );
}
