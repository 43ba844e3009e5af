import { Card, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';

import { firstName } from '../../../domain/names.ts';
import { TypeArticles } from '../knowledge/TypeArticles.tsx';
import type { Contact, CustomerProfile, Resolution } from './api-types.ts';
import { OnThisContact } from './OnThisContact.tsx';
import { RequestStatus } from './RequestStatus.tsx';
import {
  OrderField,
  ReasonField,
  ResolutionPreview,
  SubmitRow,
  TypeAndAmount,
  TypeGuidelines,
} from './ResolutionFields.tsx';
import { TypeChips } from './TypeChips.tsx';
import { useResolutionForm, type ResolutionForm } from './use-resolution-form.ts';
import { useResolution } from './use-resolutions.ts';

type ResolutionPanelProps = {
  contact: Contact;
  customer: CustomerProfile;
  resolutions: readonly Resolution[];
  labelOf: (type: string) => string;
};

/** The form proper; a closed contact's fieldset is disabled, so nothing in it can be sent. */
function RequestForm({
  form,
  customer,
  contact,
  now,
}: {
  form: ResolutionForm;
  customer: CustomerProfile;
  contact: Contact;
  now: number;
}) {
  const allowance = form.preview.selected;
  return (
    <form ref={form.refs.form} onSubmit={form.submit} noValidate>
      <fieldset disabled={form.closed} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="sm">
          <TypeAndAmount form={form} />
          {allowance?.guidelines ? (
            <TypeGuidelines label={allowance.label} source={allowance.guidelines} />
          ) : null}
          {allowance ? (
            <TypeArticles typeKey={allowance.type} typeLabel={allowance.label} contact={contact} />
          ) : null}
          {form.preview.usesOrder ? (
            <OrderField form={form} orders={customer.orders} now={now} />
          ) : null}
          <ReasonField form={form} />
          <ResolutionPreview form={form} />
          <SubmitRow form={form} />
        </Stack>
      </fieldset>
    </form>
  );
}

export function ResolutionPanel({ contact, customer, resolutions, labelOf }: ResolutionPanelProps) {
  const headingId = useId();
  const form = useResolutionForm(contact, customer);
  const { active } = form.draft;
  const { allowances, authorityError } = form.preview;
  const now = Date.now();

  const waitingOnContact = resolutions.find((r) => r.status === 'pending_approval');
  const activeId = active?.id ?? waitingOnContact?.id ?? null;
  const activeResolution = useResolution(activeId);
  const ours = active?.id === activeId;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={headingId}>
            Resolve it for {firstName(customer.name)}
          </Title>
          <Text size="xs" c="dimmed">
            What you may grant on your own right now, per type. Pick one, or press Alt and its
            number.
          </Text>
        </div>
        {authorityError ? (
          <Text c="red.8">Your authority could not be loaded: {authorityError.message}</Text>
        ) : null}
        {allowances.length > 0 ? (
          <TypeChips
            allowances={allowances}
            selected={form.draft.typeKey}
            currency={form.preview.currency}
            onSelect={(key) => form.selectType(key)}
          />
        ) : null}
        <RequestForm form={form} customer={customer} contact={contact} now={now} />
        {form.closed ? (
          <Text size="sm" c="dimmed">
            This contact is closed; start a new one to resolve something else.
          </Text>
        ) : null}
        <RequestStatus
          resolution={activeResolution.data ?? null}
          notice={ours ? (active?.notice ?? null) : null}
          previewOutcome={ours ? (active?.previewOutcome ?? null) : null}
          sending={form.sending}
          sendError={form.sendError}
          labelOf={labelOf}
        />
        <OnThisContact
          resolutions={resolutions}
          fresher={activeResolution.data ?? null}
          labelOf={labelOf}
          now={now}
        />
      </Stack>
    </Card>
  );
}
