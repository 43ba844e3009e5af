import { useRef, useState, type FormEvent } from 'react';

import type { Outcome } from '../../../domain/authority/decide.ts';
import { ApiError } from '../../api/client.ts';
import type { Contact, CustomerProfile } from './api-types.ts';
import { AttemptKeys } from './attempt-key.ts';
import { minorToInput } from './format.ts';
import { useResolutionDraft } from './resolution-drafts.ts';
import { checkResolution, isField, sendErrorText, type FieldErrors } from './resolution-form.ts';
import { useDecisionPreview } from './use-decision-preview.ts';
import { useRequestResolution, type ResolutionRequest } from './use-resolutions.ts';
import { useAltDigit } from './use-workspace-keys.ts';

/** The fields the form moves focus to: the first one with a problem, or the next one to fill. */
function useFieldRefs() {
  return {
    amount: useRef<HTMLInputElement>(null),
    reason: useRef<HTMLTextAreaElement>(null),
    type: useRef<HTMLSelectElement>(null),
    form: useRef<HTMLFormElement>(null),
  };
}

type Draft = ReturnType<typeof useResolutionDraft>;
type Outgoing = Omit<ResolutionRequest, 'idempotencyKey'>;

/** Sends a request under one attempt key until it is answered, so a retry is never granted twice. */
function useSend(draft: Draft, setErrors: (errors: FieldErrors) => void, onSent: () => void) {
  const [keys] = useState(() => new AttemptKeys());
  const request = useRequestResolution();
  const send = (body: Outgoing, sent: { previewOutcome: Outcome | null; fixed: boolean }) => {
    const idempotencyKey = keys.keyFor(JSON.stringify(body));
    request.mutate(
      { ...body, idempotencyKey },
      {
        onSuccess: ({ resolution }) => {
          keys.settle();
          const notice = resolution.notice ?? null;
          draft.setActive({ id: resolution.id, notice, previewOutcome: sent.previewOutcome });
          // Cleared so a second Enter cannot ask for the same thing twice.
          if (!sent.fixed) draft.setAmountText('');
          draft.setReason('');
          onSent();
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
  return { send, sending: request.isPending, sendError: sendErrorText(request.error) };
}

/**
 * The resolution form's state and actions: what is typed (kept per contact), the preview, the
 * checks before sending, and the request itself, sent once per attempt even when retried.
 */
export function useResolutionForm(contact: Contact, customer: CustomerProfile) {
  const draft = useResolutionDraft(contact.id);
  const { typeKey, amountText, reason, orderId } = draft;
  const preview = useDecisionPreview({
    contactId: contact.id,
    customer,
    typeKey,
    amountText,
    orderId,
  });
  const { typeOptions, selected: allowance, currency, amountMinor } = preview;
  const [askApproval, setAskApproval] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const { send, sending, sendError } = useSend(draft, setErrors, () => setAskApproval(false));
  const refs = useFieldRefs();
  const closed = contact.status === 'closed';

  const selectType = (key: string, focus = true) => {
    const next = typeOptions.find((a) => a.type === key);
    draft.setTypeKey(key);
    setErrors({});
    if (next?.fixedAmountMinor != null)
      draft.setAmountText(minorToInput(next.fixedAmountMinor, currency));
    else if (allowance?.fixedAmountMinor != null) draft.setAmountText('');
    if (focus)
      requestAnimationFrame(() =>
        (next?.fixedAmountMinor != null ? refs.reason.current : refs.amount.current)?.focus(),
      );
  };

  useAltDigit((digit) => {
    const target = typeOptions[digit - 1];
    if (target && !closed) selectType(target.type);
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending || closed) return;
    const found = checkResolution({ allowance, amountMinor, amountText, reason });
    setErrors(found);
    if (found.type) return refs.type.current?.focus();
    if (found.amount) return refs.amount.current?.focus();
    if (found.reason) return refs.reason.current?.focus();
    if (!allowance || amountMinor === null) return;

    const body = {
      contactId: contact.id,
      type: allowance.type,
      amount: amountMinor,
      currency,
      reason: reason.trim(),
      ...(preview.order ? { orderId: preview.order.id } : {}),
      requestApproval: askApproval && preview.preview?.outcome === 'within_authority',
    };
    send(body, {
      previewOutcome: preview.preview?.outcome ?? null,
      fixed: allowance.fixedAmountMinor != null,
    });
  };

  return {
    draft,
    preview,
    errors,
    askApproval,
    setAskApproval,
    refs,
    closed,
    selectType,
    submit,
    sending,
    sendError,
  };
}

export type ResolutionForm = ReturnType<typeof useResolutionForm>;
