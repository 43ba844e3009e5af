import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Spoiler,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';

import type { CustomerProfile } from './api-types.ts';
import { DecisionPreview } from './DecisionPreview.tsx';
import { Guidelines } from './Guidelines.tsx';
import { orderOptions } from './resolution-form.ts';
import type { ResolutionForm } from './use-resolution-form.ts';

type FieldsProps = { form: ResolutionForm };

/** The type and its amount side by side; a fixed-cost type fills the amount in itself. */
export function TypeAndAmount({ form }: FieldsProps) {
  const { draft, preview, errors, refs } = form;
  const fixed = preview.selected?.fixedAmountMinor != null;
  return (
    <Group align="flex-start" gap="sm" grow preventGrowOverflow={false}>
      <NativeSelect
        ref={refs.type}
        label="Resolution type"
        value={draft.typeKey}
        onChange={(event) => form.selectType(event.currentTarget.value, false)}
        data={[
          { value: '', label: 'Choose a type…' },
          ...preview.typeOptions.map((a) => ({ value: a.type, label: a.label })),
        ]}
        error={errors.type}
        miw={180}
      />
      <TextInput
        ref={refs.amount}
        label="Amount"
        inputMode="decimal"
        autoComplete="off"
        value={draft.amountText}
        onChange={(event) => draft.setAmountText(event.currentTarget.value)}
        readOnly={fixed}
        description={fixed ? 'A fixed cost' : undefined}
        rightSection={
          <Text size="xs" c="dimmed">
            {preview.currency}
          </Text>
        }
        rightSectionWidth={44}
        error={errors.amount}
        miw={140}
      />
    </Group>
  );
}

/** The chosen type's guidelines, folded to two lines. */
export function TypeGuidelines({ label, source }: { label: string; source: string }) {
  return (
    <Paper
      bg="gray.0"
      p="xs"
      radius="sm"
      aria-label={`Guidelines for ${label}`}
      component="section"
    >
      <Spoiler
        maxHeight={44}
        showLabel="All guidelines"
        hideLabel="Fewer"
        styles={{ control: { fontSize: 'var(--mantine-font-size-xs)' } }}
      >
        <Guidelines source={source} />
      </Spoiler>
    </Paper>
  );
}

/** Which order, when the type's conditions look at the order's age. */
export function OrderField({
  form,
  orders,
  now,
}: FieldsProps & { orders: CustomerProfile['orders']; now: number }) {
  return (
    <NativeSelect
      label="Order"
      description="How old the order is decides whether you can do this on your own."
      value={form.draft.orderId}
      onChange={(event) => form.draft.setOrderId(event.currentTarget.value)}
      data={orderOptions(orders, now)}
      error={form.errors.orderId}
    />
  );
}

/** Enter sends, as everywhere in the workspace; Shift+Enter starts a new line. */
export function ReasonField({ form }: FieldsProps) {
  const required = form.preview.selected?.reasonRequired ?? false;
  return (
    <Textarea
      ref={form.refs.reason}
      label="Reason"
      placeholder="What happened and what you did: the next rep reads it (Shift+Enter: new line)"
      required={required}
      withAsterisk={required}
      value={form.draft.reason}
      onChange={(event) => form.draft.setReason(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
          event.preventDefault();
          form.refs.form.current?.requestSubmit();
        }
      }}
      error={form.errors.reason}
      autosize
      minRows={1}
      maxRows={4}
      maxLength={2000}
    />
  );
}

/** What the engine says about what is typed. */
export function ResolutionPreview({ form }: FieldsProps) {
  const { preview, draft } = form;
  return (
    <DecisionPreview
      typeLabel={preview.selected?.label ?? null}
      probe={preview.probe}
      preview={preview.preview}
      currency={preview.currency}
      amountProblem={
        draft.amountText.trim() && preview.amountMinor === null
          ? 'That is not an amount: type one such as 25 or 25.50.'
          : null
      }
      policyUnavailable={preview.policyUnavailable}
      checking={preview.checking}
    />
  );
}

/** A rep within authority may still ask a leader first. */
export function SubmitRow({ form }: FieldsProps) {
  return (
    <Group justify="space-between" gap="sm">
      {form.preview.preview?.outcome === 'within_authority' ? (
        <Checkbox
          label="Ask for approval anyway"
          checked={form.askApproval}
          onChange={(event) => form.setAskApproval(event.currentTarget.checked)}
        />
      ) : (
        <span />
      )}
      <Button type="submit" loading={form.sending}>
        Request resolution
      </Button>
    </Group>
  );
}
