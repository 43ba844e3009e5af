import { Alert, Autocomplete, Button, Fieldset, Stack, TextInput } from '@mantine/core';

import { fieldProps } from '../../lib/field-props.ts';
import { OrganizationFields } from '../organization/OrganizationFields.tsx';
import { TemplatePicker } from './TemplatePicker.tsx';
import { useSetupForm } from './use-setup-form.ts';

const currencies = Intl.supportedValuesOf('currency');

type Form = ReturnType<typeof useSetupForm>;
type Field = ReturnType<typeof fieldProps<keyof Form['fields']>>;

function OrganizationFieldset({ form, field }: { form: Form; field: Field }) {
  return (
    <Fieldset legend="Your organization">
      <Stack gap="sm">
        <OrganizationFields
          values={form.fields}
          edit={form.edit}
          fieldError={form.fieldError}
          required
        >
          <TextInput
            label="Short name"
            description="Lowercase letters, digits and hyphens; the command line names the organization by it."
            {...field.text('slug')}
            maxLength={40}
            required
          />
          <Autocomplete
            label="Currency"
            description="ISO 4217, such as USD or EUR: every amount is in it."
            {...field.choice('currency')}
            data={currencies}
            limit={10}
            required
          />
        </OrganizationFields>
      </Stack>
    </Fieldset>
  );
}

function AdminFieldset({ field }: { field: Field }) {
  return (
    <Fieldset legend="You, the first admin">
      <Stack gap="sm">
        <TextInput label="Your name" autoComplete="name" {...field.text('adminName')} required />
        <TextInput
          label="Your email"
          type="email"
          autoComplete="username"
          {...field.text('adminEmail')}
          required
        />
        <TextInput
          label="Choose a password"
          description="At least 12 characters; a few words make a good one."
          type="password"
          autoComplete="new-password"
          {...field.text('password')}
          required
        />
      </Stack>
    </Fieldset>
  );
}

export function SetupForm({ linkToken }: { linkToken: string }) {
  const form = useSetupForm(linkToken);
  const { fields, edit, fieldError } = form;
  const field = fieldProps(fields, edit, fieldError);
  return (
    <form onSubmit={form.submit} noValidate>
      <Stack gap="lg">
        {form.askToken ? (
          <TextInput
            label="Setup token"
            description="Printed by the server when it started, in its first-run setup link (after #token=)."
            {...field.text('setupToken')}
            autoComplete="off"
            spellCheck={false}
            required
          />
        ) : null}
        <OrganizationFieldset form={form} field={field} />
        <AdminFieldset field={field} />
        <TemplatePicker
          value={fields.template}
          onChange={(key) => edit('template', key)}
          error={fieldError('template')}
        />
        {form.formError ? <Alert color="red">{form.formError}</Alert> : null}
        <Button type="submit" loading={form.pending} fullWidth>
          Create the organization
        </Button>
      </Stack>
    </form>
  );
}
