import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { ApiError } from '../../api/client.ts';
import type { Organization } from '../../api/types.ts';
import { OrganizationFields } from './OrganizationFields.tsx';
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
        <OrganizationFields values={fields} edit={edit} fieldError={fieldError} />
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
