import { Alert, Autocomplete, Button, Fieldset, Stack, Textarea, TextInput } from '@mantine/core';

import { timeZones } from '../organization/time-zones.ts';
import { TemplatePicker } from './TemplatePicker.tsx';
import { useSetupForm } from './use-setup-form.ts';

const currencies = Intl.supportedValuesOf('currency');

export function SetupForm({ linkToken }: { linkToken: string }) {
  const { fields, edit, submit, fieldError, formError, askToken, pending } =
    useSetupForm(linkToken);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {askToken ? (
          <TextInput
            label="Setup token"
            description="Printed by the server when it started, in its first-run setup link (after #token=)."
            value={fields.setupToken}
            onChange={(event) => edit('setupToken', event.currentTarget.value)}
            error={fieldError('setupToken')}
            autoComplete="off"
            spellCheck={false}
            required
          />
        ) : null}
        <Fieldset legend="Your organization">
          <Stack gap="sm">
            <TextInput
              label="Organization name"
              value={fields.name}
              onChange={(event) => edit('name', event.currentTarget.value)}
              error={fieldError('name')}
              maxLength={200}
              required
            />
            <TextInput
              label="Short name"
              description="Lowercase letters, digits and hyphens; the command line names the organization by it."
              value={fields.slug}
              onChange={(event) => edit('slug', event.currentTarget.value)}
              error={fieldError('slug')}
              maxLength={40}
              required
            />
            <Autocomplete
              label="Currency"
              description="ISO 4217, such as USD or EUR: every amount is in it."
              value={fields.currency}
              onChange={(value) => edit('currency', value)}
              data={currencies}
              limit={10}
              error={fieldError('currency')}
              required
            />
            <Autocomplete
              label="Time zone"
              description="Where daily budgets start and end, such as Europe/Paris."
              value={fields.timeZone}
              onChange={(value) => edit('timeZone', value)}
              data={timeZones()}
              limit={20}
              error={fieldError('timeZone')}
              required
            />
            <Textarea
              label="Vision of service"
              description="Shown to everyone where they work: the promise every decision starts from."
              value={fields.vision}
              onChange={(event) => edit('vision', event.currentTarget.value)}
              error={fieldError('vision')}
              autosize
              minRows={2}
              maxLength={4000}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend="You, the first admin">
          <Stack gap="sm">
            <TextInput
              label="Your name"
              autoComplete="name"
              value={fields.adminName}
              onChange={(event) => edit('adminName', event.currentTarget.value)}
              error={fieldError('adminName')}
              required
            />
            <TextInput
              label="Your email"
              type="email"
              autoComplete="username"
              value={fields.adminEmail}
              onChange={(event) => edit('adminEmail', event.currentTarget.value)}
              error={fieldError('adminEmail')}
              required
            />
            <TextInput
              label="Choose a password"
              description="At least 12 characters; a few words make a good one."
              type="password"
              autoComplete="new-password"
              value={fields.password}
              onChange={(event) => edit('password', event.currentTarget.value)}
              error={fieldError('password')}
              required
            />
          </Stack>
        </Fieldset>
        <TemplatePicker
          value={fields.template}
          onChange={(key) => edit('template', key)}
          error={fieldError('template')}
        />
        {formError ? <Alert color="red">{formError}</Alert> : null}
        <Button type="submit" loading={pending} fullWidth>
          Create the organization
        </Button>
      </Stack>
    </form>
  );
}
