import { Alert, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { ApiError } from '../../api/client.ts';
import type { Organization } from '../../api/types.ts';
import { OrganizationFields, type OrganizationFieldName } from './OrganizationFields.tsx';
import { useUpdateOrganization } from './use-organization.ts';

type FieldName = OrganizationFieldName | 'certificationGraceDays';
const fieldNames: readonly string[] = [
  'name',
  'vision',
  'timeZone',
  'certificationGraceDays',
] satisfies FieldName[];

const isFieldName = (field: string | undefined): field is FieldName =>
  field !== undefined && fieldNames.includes(field);

/** The server prefixes validation messages with the field ("timeZone: must be…"); beside the field that is noise. */
const withoutFieldPrefix = (message: string, field: string) =>
  message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;

const textOf = (organization: Organization) => ({
  name: organization.name,
  vision: organization.vision,
  timeZone: organization.timeZone,
});

/** The organization's fields, saving them, and the server's answer per field. */
function useOrganizationFields(organization: Organization) {
  const [fields, setFields] = useState<Record<OrganizationFieldName, string>>(() =>
    textOf(organization),
  );
  // NumberInput hands back '' for an empty field: kept as typed, so the range is the server's to judge.
  const [graceDays, setGraceDays] = useState<number | string>(organization.certificationGraceDays);
  const [graceMissing, setGraceMissing] = useState(false);
  const update = useUpdateOrganization();

  // Once edited, "Saved" and the old error no longer describe what is on screen.
  const touched = () => {
    if (!update.isIdle) update.reset();
  };
  const edit = (field: OrganizationFieldName, value: string) => {
    setFields((current) => ({ ...current, [field]: value }));
    touched();
  };
  const editGrace = (value: number | string) => {
    setGraceDays(value);
    setGraceMissing(false);
    touched();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (typeof graceDays !== 'number') {
      setGraceMissing(true);
      return;
    }
    update.mutate(
      { ...fields, certificationGraceDays: graceDays },
      {
        // Show what the server stored (it trims), so the form and the app agree.
        onSuccess: ({ organization: saved }) => {
          setFields(textOf(saved));
          setGraceDays(saved.certificationGraceDays);
        },
      },
    );
  };

  const error = update.error;
  const errorField =
    error instanceof ApiError && isFieldName(error.field) ? error.field : undefined;
  const fieldError = (field: FieldName) =>
    error && errorField === field ? withoutFieldPrefix(error.message, field) : undefined;
  const graceError = graceMissing
    ? 'Enter a number of days, 0 for none'
    : fieldError('certificationGraceDays');

  return {
    fields,
    graceDays,
    graceError,
    update,
    edit,
    editGrace,
    submit,
    fieldError,
    formError: errorField ? null : error,
  };
}

export function OrganizationForm({ organization }: { organization: Organization }) {
  const form = useOrganizationFields(organization);
  const { update, formError } = form;

  return (
    <form onSubmit={form.submit} noValidate>
      <Stack gap="md">
        <OrganizationFields values={form.fields} edit={form.edit} fieldError={form.fieldError} />
        <NumberInput
          label="Certificate grace days"
          description="How long after a certificate expires it still unlocks its certified limits: 0 to 365 days."
          value={form.graceDays}
          onChange={form.editGrace}
          error={form.graceError}
          allowDecimal={false}
          // Out-of-range figures reach the server, whose refusal names the field, rather than being changed silently.
          clampBehavior="none"
          min={0}
          max={365}
          maw={240}
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
            The new name, time zone, vision and grace days are in place.
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
