import {
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Spoiler,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useId, useRef, useState, type FormEvent } from 'react';

import { firstName } from '../../../domain/names.ts';
import { ApiError } from '../../api/client.ts';
import type { Contact, CustomerProfile, Resolution } from './api-types.ts';
import { AttemptKeys } from './attempt-key.ts';
import { DecisionPreview } from './DecisionPreview.tsx';
import { minorToInput, money } from './format.ts';
import { Guidelines } from './Guidelines.tsx';
import { humanize } from './history.ts';
import { OnThisContact } from './OnThisContact.tsx';
import { orderAgeDays } from './preview.ts';
import { RequestStatus } from './RequestStatus.tsx';
import { useResolutionDraft } from './resolution-drafts.ts';
import { TypeChips } from './TypeChips.tsx';
import { useDecisionPreview } from './use-decision-preview.ts';
import { useRequestResolution, useResolution } from './use-resolutions.ts';
import { useAltDigit } from './use-workspace-keys.ts';

type Field = 'type' | 'amount' | 'reason' | 'orderId';
type FieldErrors = Partial<Record<Field, string>>;
const fields: readonly Field[] = ['type', 'amount', 'reason', 'orderId'];
const isField = (value: string | undefined): value is Field => fields.some((f) => f === value);

const ageLabel = (days: number) =>
  days === 0 ? 'placed today' : days === 1 ? '1 day old' : `${days} days old`;

type ResolutionPanelProps = {
  contact: Contact;
  customer: CustomerProfile;
  resolutions: readonly Resolution[];
  labelOf: (type: string) => string;
};

export function ResolutionPanel({ contact, customer, resolutions, labelOf }: ResolutionPanelProps) {
  const headingId = useId();
  const {
    typeKey,
    setTypeKey,
    amountText,
    setAmountText,
    reason,
    setReason,
    orderId,
    setOrderId,
    active,
    setActive,
  } = useResolutionDraft(contact.id);
  const {
    allowances,
    authorityError,
    typeOptions,
    selected: allowance,
    currency,
    amountMinor,
    usesOrder,
    order,
    probe,
    preview,
    checking,
    policyUnavailable,
  } = useDecisionPreview({
    contactId: contact.id,
    customer,
    typeKey,
    amountText,
    orderId,
  });
  const [askApproval, setAskApproval] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [keys] = useState(() => new AttemptKeys());
  const request = useRequestResolution();
  const amountRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const typeRef = useRef<HTMLSelectElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const now = Date.now();

  const waitingOnContact = resolutions.find((r) => r.status === 'pending_approval');
  const activeId = active?.id ?? waitingOnContact?.id ?? null;
  const activeResolution = useResolution(activeId);
  const closed = contact.status === 'closed';

  const selectType = (key: string, focus = true) => {
    const next = typeOptions.find((a) => a.type === key);
    setTypeKey(key);
    setErrors({});
    if (next?.fixedAmountMinor != null)
      setAmountText(minorToInput(next.fixedAmountMinor, currency));
    else if (allowance?.fixedAmountMinor != null) setAmountText('');
    if (focus)
      requestAnimationFrame(() =>
        (next?.fixedAmountMinor != null ? reasonRef.current : amountRef.current)?.focus(),
      );
  };

  useAltDigit((digit) => {
    const target = typeOptions[digit - 1];
    if (target && !closed) selectType(target.type);
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (request.isPending || closed) return;
    const found: FieldErrors = {};
    if (!allowance) found.type = 'Choose a resolution type';
    if (amountMinor === null)
      found.amount = amountText.trim() ? 'Type an amount such as 25 or 25.50' : 'Type the amount';
    if (allowance?.reasonRequired && reason.trim() === '')
      found.reason = `Say why: ${allowance.label.toLowerCase()} needs a reason`;
    setErrors(found);
    if (found.type) return typeRef.current?.focus();
    if (found.amount) return amountRef.current?.focus();
    if (found.reason) return reasonRef.current?.focus();
    if (!allowance || amountMinor === null) return;

    const body = {
      contactId: contact.id,
      type: allowance.type,
      amount: amountMinor,
      currency,
      reason: reason.trim(),
      ...(order ? { orderId: order.id } : {}),
      requestApproval: askApproval && preview?.outcome === 'within_authority',
    };
    const idempotencyKey = keys.keyFor(JSON.stringify(body));
    const previewOutcome = preview?.outcome ?? null;
    request.mutate(
      { ...body, idempotencyKey },
      {
        onSuccess: ({ resolution }) => {
          keys.settle();
          setActive({ id: resolution.id, notice: resolution.notice ?? null, previewOutcome });
          // Cleared so a second Enter cannot ask for the same thing twice.
          if (allowance.fixedAmountMinor == null) setAmountText('');
          setReason('');
          setAskApproval(false);
        },
        onError: (error) => {
          // Only a request that may never have arrived is retried with the same key.
          if (!(error instanceof ApiError && error.status === 0)) keys.settle();
          if (error instanceof ApiError && isField(error.field)) {
            const field = error.field;
            setErrors({ [field]: error.message.replace(new RegExp(`^${field}: `), '') });
          }
        },
      },
    );
  };

  const sendError =
    request.error && !(request.error instanceof ApiError && isField(request.error.field))
      ? request.error instanceof ApiError && request.error.status === 0
        ? `${request.error.message} Press Request resolution again: it will not be granted twice.`
        : request.error.message
      : null;

  const orderOptions = [
    { value: '', label: 'No specific order' },
    ...customer.orders.map((o) => ({
      value: o.id,
      label: `${o.number} · ${humanize(o.status)} · ${money(o.total)} · ${ageLabel(orderAgeDays(o.placedAt, now))}`,
    })),
  ];

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
            selected={typeKey}
            currency={currency}
            onSelect={(key) => selectType(key)}
          />
        ) : null}

        <form ref={formRef} onSubmit={submit} noValidate>
          <fieldset disabled={closed} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <Stack gap="sm">
              <Group align="flex-start" gap="sm" grow preventGrowOverflow={false}>
                <NativeSelect
                  ref={typeRef}
                  label="Resolution type"
                  value={typeKey}
                  onChange={(event) => selectType(event.currentTarget.value, false)}
                  data={[
                    { value: '', label: 'Choose a type…' },
                    ...typeOptions.map((a) => ({ value: a.type, label: a.label })),
                  ]}
                  error={errors.type}
                  miw={180}
                />
                <TextInput
                  ref={amountRef}
                  label="Amount"
                  inputMode="decimal"
                  autoComplete="off"
                  value={amountText}
                  onChange={(event) => setAmountText(event.currentTarget.value)}
                  readOnly={allowance?.fixedAmountMinor != null}
                  description={allowance?.fixedAmountMinor != null ? 'A fixed cost' : undefined}
                  rightSection={
                    <Text size="xs" c="dimmed">
                      {currency}
                    </Text>
                  }
                  rightSectionWidth={44}
                  error={errors.amount}
                  miw={140}
                />
              </Group>
              {allowance?.guidelines ? (
                <Paper
                  bg="gray.0"
                  p="xs"
                  radius="sm"
                  aria-label={`Guidelines for ${allowance.label}`}
                  component="section"
                >
                  <Spoiler
                    maxHeight={44}
                    showLabel="All guidelines"
                    hideLabel="Fewer"
                    styles={{ control: { fontSize: 'var(--mantine-font-size-xs)' } }}
                  >
                    <Guidelines source={allowance.guidelines} />
                  </Spoiler>
                </Paper>
              ) : null}
              {usesOrder ? (
                <NativeSelect
                  label="Order"
                  description="How old the order is decides whether you can do this on your own."
                  value={orderId}
                  onChange={(event) => setOrderId(event.currentTarget.value)}
                  data={orderOptions}
                  error={errors.orderId}
                />
              ) : null}
              <Textarea
                ref={reasonRef}
                label="Reason"
                placeholder="What happened and what you did: the next rep reads it (Shift+Enter: new line)"
                required={allowance?.reasonRequired ?? false}
                withAsterisk={allowance?.reasonRequired ?? false}
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
                    event.preventDefault();
                    formRef.current?.requestSubmit();
                  }
                }}
                error={errors.reason}
                autosize
                minRows={1}
                maxRows={4}
                maxLength={2000}
              />
              <DecisionPreview
                typeLabel={allowance?.label ?? null}
                probe={probe}
                preview={preview}
                currency={currency}
                amountProblem={
                  amountText.trim() && amountMinor === null
                    ? 'That is not an amount: type one such as 25 or 25.50.'
                    : null
                }
                policyUnavailable={policyUnavailable}
                checking={checking}
              />
              <Group justify="space-between" gap="sm">
                {preview?.outcome === 'within_authority' ? (
                  <Checkbox
                    label="Ask for approval anyway"
                    checked={askApproval}
                    onChange={(event) => setAskApproval(event.currentTarget.checked)}
                  />
                ) : (
                  <span />
                )}
                <Button type="submit" loading={request.isPending}>
                  Request resolution
                </Button>
              </Group>
            </Stack>
          </fieldset>
        </form>
        {closed ? (
          <Text size="sm" c="dimmed">
            This contact is closed; start a new one to resolve something else.
          </Text>
        ) : null}
        <RequestStatus
          resolution={activeResolution.data ?? null}
          notice={active?.id === activeId ? (active?.notice ?? null) : null}
          previewOutcome={active?.id === activeId ? (active?.previewOutcome ?? null) : null}
          sending={request.isPending}
          sendError={sendError}
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
