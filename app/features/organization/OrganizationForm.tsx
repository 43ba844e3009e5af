import {
  Alert,
  Autocomplete,
  Button,
  Group,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { ApiError } from '../../api/client.ts';
import type { Organization } from '../../api/types.ts';
import { timeZones } from './time-zones.ts';
import { useUpdateOrganization, type OrganizationChanges } from './use-organization.ts';

type Fields = Required<OrganizationChanges>;
type FieldName = keyof Fields;
const fieldNames: readonly string[] = ['name', 'vision', 'timeZone'] satisfies FieldName[];

const isFieldName = (field: string | undefined): field is FieldName =>
  field !== undefined && fieldNames.includes(field);

/** The server prefixes validation messages with the field ("timeZone: must be…"); beside the field that is noise. */
const withoutFieldPrefix = (message: string, field: string) =>
  message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;

/** The organization's fields, saving them, and the server's answer per field. */
function useOrganizationFields(organization: Organization) {
  const [fields, setFields] = useState<Fields>({
    name: organization.name,
    vision: organization.vision,
    timeZone: organization.timeZone,
  });
  const update = useUpdateOrganization();

  const edit = (field: FieldName, value: string) => {
    setFields((current) => ({ ...current, [field]: value }));
    // Once edited, "Saved" and the old error no longer describe what is on screen.
    if (!update.isIdle) update.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate(fields, {
      // Show what the server stored (it trims), so the form and the app agree.
      onSuccess: ({ organization: saved }) =>
        setFields({ name: saved.name, vision: saved.vision, timeZone: saved.timeZone }),
    });
  };

  const error = update.error;
  const errorField =
    error instanceof ApiError && isFieldName(error.field) ? error.field : undefined;
  const fieldError = (field: FieldName) =>
    error && errorField === field ? withoutFieldPrefix(error.message, field) : undefined;

  return { fields, update, edit, submit, fieldError, formError: errorField ? null : error };
}

export function OrganizationForm({ organization }: { organization: Organization }) {
  const { fields, update, edit, submit, fieldError, formError } =
    useOrganizationFields(organization);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label="Organization name"
          value={fields.name}
          onChange={(event) => edit('name', event.currentTarget.value)}
          error={fieldError('name')}
          maxLength={200}
        />
        <Autocomplete
          label="Time zone"
          description="An IANA time zone, such as Europe/Paris."
          value={fields.timeZone}
          onChange={(value) => edit('timeZone', value)}
          data={timeZones()}
          limit={20}
          error={fieldError('timeZone')}
          maw={420}
        />
        <Textarea
          label="Vision of service"
          description="Shown to everyone on their Home page: the promise every decision starts from."
          value={fields.vision}
          onChange={(event) => edit('vision', event.currentTarget.value)}
          error={fieldError('vision')}
          autosize
          minRows={4}
          maxRows={12}
          maxLength={4000}
        />
        <Text size="sm" c="dimmed">
          Currency: {organization.currency}. It is set when the organization is created.
        </Text>

        {formError ? (
          <Alert color="red" title="Not saved">
            {formError.message}
          </Alert>
        ) : null}
        {update.isSuccess ? (
          <Alert color="leeway" role="status" title="Settings saved">
            The new name, time zone and vision are in place.
          </Alert>
        ) : null}

        <Group>
          <Button type="submit" loading={update.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
