import { Alert, Button, Group, Kbd, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';

import { formatMoney, parseMoneyInput } from '../../../domain/money.ts';
import { firstName } from '../../../domain/names.ts';
import { ApiError } from '../../api/client.ts';
import type { ApprovalItem } from './types.ts';
import { useDecideApproval, type Decision, type DecisionResult } from './use-approvals.ts';

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

/** The server prefixes validation messages with the field ("note: tell the rep why"); beside the field that is noise. */
const withoutFieldPrefix = (message: string, field: string) =>
  message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;

export function DecisionForm({
  item,
  mode,
  modeRequest,
  onModeChange,
  onDecided,
  onCancel,
  onDismiss,
}: DecisionFormProps) {
  const { amountMinor: asked, currency } = item.resolution;
  const rep = firstName(item.requester.name);
  const [note, setNote] = useState('');
  const [amountText, setAmountText] = useState('');
  const [amountProblem, setAmountProblem] = useState<string | null>(null);
  const decide = useDecideApproval(item.id);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const amountRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (mode === 'reduce') amountRef.current?.focus();
    else if (mode === 'approve' || mode === 'deny') noteRef.current?.focus();
  }, [mode, modeRequest]);

  const reduced = parseMoneyInput(amountText, currency);
  const error = decide.error;
  const errorField = error instanceof ApiError ? error.field : undefined;
  const fieldError = (field: 'note' | 'amount') =>
    error && errorField === field ? withoutFieldPrefix(error.message, field) : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (decide.isPending) return;
    let decision: Decision;
    if (mode === 'deny') decision = { action: 'deny', note };
    else if (mode === 'reduce') {
      if (reduced === null) {
        setAmountProblem(
          `Enter the amount to approve, such as ${formatMoney(Math.floor((asked * 0.8) / 100) * 100, currency)}`,
        );
        amountRef.current?.focus();
        return;
      }
      decision = { action: 'approve', note, amount: reduced };
    } else decision = { action: 'approve', note };
    decide.mutate(decision, { onSuccess: (result) => onDecided(result, decision) });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      // Stop here, or the page-level handler would close the whole request too.
      event.stopPropagation();
      decide.reset();
      onCancel();
    }
  };

  const noteKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter confirms, as everywhere on this screen; Shift+Enter starts a new line.
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };

  const confirmLabel =
    mode === 'deny'
      ? 'Deny request'
      : mode === 'reduce'
        ? reduced !== null && reduced > 0
          ? `Approve ${formatMoney(reduced, currency)}`
          : 'Approve lower amount'
        : `Approve ${formatMoney(asked, currency)}`;

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
      aria-label={`Decide on ${item.customer.name}'s request`}
    >
      <Stack gap="sm">
        {mode === 'reduce' ? (
          <TextInput
            ref={amountRef}
            label="Amount to approve"
            description={`Less than the ${formatMoney(asked, currency)} asked for (${currency})`}
            inputMode="decimal"
            autoComplete="off"
            value={amountText}
            onChange={(event) => {
              setAmountText(event.currentTarget.value);
              setAmountProblem(null);
              if (errorField === 'amount') decide.reset();
            }}
            error={amountProblem ?? fieldError('amount')}
            maw={260}
          />
        ) : null}
        <Textarea
          ref={noteRef}
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
          value={note}
          onChange={(event) => {
            setNote(event.currentTarget.value);
            if (errorField === 'note') decide.reset();
          }}
          onKeyDown={noteKeyDown}
          error={fieldError('note')}
        />

        {error && errorField !== 'note' && errorField !== 'amount' ? (
          <Alert
            color="red"
            title={
              error instanceof ApiError && error.status === 409 ? 'Already decided' : 'Not decided'
            }
          >
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{error.message}</Text>
              {error instanceof ApiError && error.status === 409 ? (
                <Button size="xs" variant="default" onClick={onDismiss}>
                  Remove from list
                </Button>
              ) : null}
            </Stack>
          </Alert>
        ) : null}

        <Group gap="xs" wrap="wrap">
          <Button
            type="submit"
            color={mode === 'deny' ? 'red' : undefined}
            loading={decide.isPending}
          >
            {confirmLabel}
          </Button>
          {mode === 'idle' ? (
            <>
              <Button variant="default" onClick={() => onModeChange('reduce')}>
                Approve lower amount
              </Button>
              <Button variant="outline" color="red" onClick={() => onModeChange('deny')}>
                Deny
              </Button>
            </>
          ) : (
            <Button
              variant="subtle"
              color="gray"
              onClick={() => {
                decide.reset();
                onCancel();
              }}
            >
              Cancel
            </Button>
          )}
          {mode !== 'idle' ? (
            <Text size="xs" c="dimmed" visibleFrom="sm">
              <Kbd size="xs">Enter</Kbd> to confirm · <Kbd size="xs">Esc</Kbd> to cancel
            </Text>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
