import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';

import { formatMoney, parseMoneyInput } from '../../../domain/money.ts';
import { ApiError } from '../../api/client.ts';
import type { DecisionMode } from './DecisionForm.tsx';
import type { ApprovalItem } from './types.ts';
import { useDecideApproval, type Decision, type DecisionResult } from './use-approvals.ts';

/** The server prefixes validation messages with the field ("note: tell the rep why"); beside the field that is noise. */
const withoutFieldPrefix = (message: string, field: string) =>
  message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;

/** Focus goes to the field the mode asks for each time it is asked for. */
function useModeFocus(mode: DecisionMode, modeRequest: number) {
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const amountRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (mode === 'reduce') amountRef.current?.focus();
    else if (mode === 'approve' || mode === 'deny') noteRef.current?.focus();
  }, [mode, modeRequest]);
  return { noteRef, amountRef };
}

/** The decision form's fields, the server's answer per field, and sending the decision. */
export function useDecisionForm(options: {
  item: ApprovalItem;
  mode: DecisionMode;
  modeRequest: number;
  onDecided: (result: DecisionResult, decision: Decision) => void;
}) {
  const { item, mode } = options;
  const { amountMinor: asked, currency } = item.resolution;
  const [note, setNote] = useState('');
  const [amountText, setAmountText] = useState('');
  const [amountProblem, setAmountProblem] = useState<string | null>(null);
  const decide = useDecideApproval(item.id);
  const { noteRef, amountRef } = useModeFocus(mode, options.modeRequest);
  const reduced = parseMoneyInput(amountText, currency);
  const error = decide.error;
  const errorField = error instanceof ApiError ? error.field : undefined;
  const fieldError = (field: 'note' | 'amount') =>
    error && errorField === field ? withoutFieldPrefix(error.message, field) : undefined;

  const decisionOf = (): Decision | null => {
    if (mode === 'deny') return { action: 'deny', note };
    if (mode !== 'reduce') return { action: 'approve', note };
    if (reduced !== null) return { action: 'approve', note, amount: reduced };
    const example = formatMoney(Math.floor((asked * 0.8) / 100) * 100, currency);
    setAmountProblem(`Enter the amount to approve, such as ${example}`);
    amountRef.current?.focus();
    return null;
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (decide.isPending) return;
    const decision = decisionOf();
    if (decision)
      decide.mutate(decision, { onSuccess: (result) => options.onDecided(result, decision) });
  };
  const changeAmount = (text: string) => {
    setAmountText(text);
    setAmountProblem(null);
    if (errorField === 'amount') decide.reset();
  };
  const changeNote = (text: string) => {
    setNote(text);
    if (errorField === 'note') decide.reset();
  };
  return {
    note,
    amountText,
    reduced,
    decide,
    noteRef,
    amountRef,
    submit,
    changeAmount,
    changeNote,
    amountError: amountProblem ?? fieldError('amount'),
    noteError: fieldError('note'),
    /** A refusal not about one field, shown under the form. */
    formError: error && errorField !== 'note' && errorField !== 'amount' ? error : null,
  };
}

/** Enter in the note confirms, as everywhere on this screen; Shift+Enter starts a new line. */
export function submitOnEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
  if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }
}
