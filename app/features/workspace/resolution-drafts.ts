import { useEffect, useState } from 'react';

import type { Outcome } from '../../../domain/authority/decide.ts';

/** The request whose answer Request status shows: the last one sent from here, or one still waiting on this contact. */
export type ActiveRequest = { id: string; notice: string | null; previewOutcome: Outcome | null };

type Draft = {
  typeKey: string;
  amountText: string;
  reason: string;
  orderId: string;
  active: ActiveRequest | null;
};

/** Per contact, for this page's lifetime: switching contacts unmounts the form, not the rep's work. */
const drafts = new Map<string, Draft>();

/** The form's fields, kept per contact, so a call that pops in the middle of a chat loses nothing typed. */
export function useResolutionDraft(contactId: string) {
  const [draft] = useState(() => drafts.get(contactId));
  const [typeKey, setTypeKey] = useState(draft?.typeKey ?? '');
  const [amountText, setAmountText] = useState(draft?.amountText ?? '');
  const [reason, setReason] = useState(draft?.reason ?? '');
  const [orderId, setOrderId] = useState(draft?.orderId ?? '');
  const [active, setActive] = useState<ActiveRequest | null>(draft?.active ?? null);
  useEffect(() => {
    drafts.set(contactId, { typeKey, amountText, reason, orderId, active });
  }, [contactId, typeKey, amountText, reason, orderId, active]);
  return {
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
  };
}
