import { Stack, Textarea, TextInput } from '@mantine/core';
import type { KeyboardEvent } from 'react';

import { formatMoney } from '../../../domain/money.ts';
import { firstName } from '../../../domain/names.ts';
import { confirmLabelOf, DecisionButtons, DecisionError } from './DecisionActions.tsx';
import type { ApprovalItem } from './types.ts';
import type { Decision, DecisionResult } from './use-approvals.ts';
import { submitOnEnter, useDecisionForm } from './use-decision-form.ts';

/** idle: the three choices; approve/reduce/deny: one choice being confirmed (what the a/r/d keys open). */
export type DecisionMode = 'idle' | 'approve' | 'reduce' | 'deny';

type DecisionFormProps = {
  item: ApprovalItem;
  mode: DecisionMode;
  /** Changes each time a mode is asked for, so focus returns to the field even when the mode is unchanged. */
  modeRequest: number;
  onModeChange: (mode: DecisionMode) => void;
  onDecided: (result: DecisionResult, decision: Decision) => void;
  /** Esc: back to idle, focus back on the request. */
  onCancel: () => void;
  /** For a request someone else decided first (409). */
  onDismiss: () => void;
};

/** The amount a reduced approval approves, below what was asked. */
function ReducedAmount({
  form,
  asked,
  currency,
}: {
  form: ReturnType<typeof useDecisionForm>;
  asked: number;
  currency: string;
}) {
  return (
    <TextInput
      ref={form.amountRef}
      label="Amount to approve"
      description={`Less than the ${formatMoney(asked, currency)} asked for (${currency})`}
      inputMode="decimal"
      autoComplete="off"
      value={form.amountText}
      onChange={(event) => form.changeAmount(event.currentTarget.value)}
      error={form.amountError}
      maw={260}
    />
  );
}

export function DecisionForm(props: DecisionFormProps) {
  const { item, mode } = props;
  const { amountMinor: asked, currency } = item.resolution;
  const rep = firstName(item.requester.name);
  const form = useDecisionForm(props);
  const cancel = () => {
    form.decide.reset();
    props.onCancel();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    // Stop here, or the page-level handler would close the whole request too.
    event.stopPropagation();
    cancel();
  };

  return (
    <form
      onSubmit={form.submit}
      onKeyDown={onKeyDown}
      noValidate
      aria-label={`Decide on ${item.customer.name}'s request`}
    >
      <Stack gap="sm">
        {mode === 'reduce' ? <ReducedAmount form={form} asked={asked} currency={currency} /> : null}
        <Textarea
          ref={form.noteRef}
          label={`Note for ${rep}`}
          description={
            mode === 'deny'
              ? `Required: ${rep} tells the customer why.`
              : `Optional. ${rep} sees it with your answer.`
          }
          withAsterisk={mode === 'deny'}
          autosize
          minRows={1}
          maxRows={5}
          maxLength={1000}
          value={form.note}
          onChange={(event) => form.changeNote(event.currentTarget.value)}
          onKeyDown={submitOnEnter}
          error={form.noteError}
        />
        {form.formError ? (
          <DecisionError error={form.formError} onDismiss={props.onDismiss} />
        ) : null}
        <DecisionButtons
          mode={mode}
          confirmLabel={confirmLabelOf(mode, form.reduced, asked, currency)}
          pending={form.decide.isPending}
          onModeChange={props.onModeChange}
          onCancel={cancel}
        />
      </Stack>
    </form>
  );
}
