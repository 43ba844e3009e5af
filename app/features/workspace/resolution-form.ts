import { ApiError } from '../../api/client.ts';
import type { CustomerProfile } from './api-types.ts';
import { money } from './format.ts';
import { humanize } from './history.ts';
import { orderAgeDays } from './preview.ts';
import type { TypeOption } from './use-decision-preview.ts';

export type Field = 'type' | 'amount' | 'reason' | 'orderId';
export type FieldErrors = Partial<Record<Field, string>>;
const fields: readonly Field[] = ['type', 'amount', 'reason', 'orderId'];
export const isField = (value: string | undefined): value is Field =>
  fields.some((f) => f === value);

type Typed = {
  allowance: TypeOption | null | undefined;
  amountMinor: number | null;
  amountText: string;
  reason: string;
};

/** What the rep must fix before the request goes out, per field, in the order the form asks. */
export function checkResolution({
  allowance,
  amountMinor,
  amountText,
  reason,
}: Typed): FieldErrors {
  const found: FieldErrors = {};
  if (!allowance) found.type = 'Choose a resolution type';
  if (amountMinor === null)
    found.amount = amountText.trim() ? 'Type an amount such as 25 or 25.50' : 'Type the amount';
  if (allowance?.reasonRequired && reason.trim() === '')
    found.reason = `Say why: ${allowance.label.toLowerCase()} needs a reason`;
  return found;
}

/**
 * A failure that is not about one field, for Request status. A request that may never have arrived
 * (status 0) is safe to send again: the same attempt key makes the server grant it once.
 */
export function sendErrorText(error: Error | null): string | null {
  if (!error || (error instanceof ApiError && isField(error.field))) return null;
  return error instanceof ApiError && error.status === 0
    ? `${error.message} Press Request resolution again: it will not be granted twice.`
    : error.message;
}

const ageLabel = (days: number) =>
  days === 0 ? 'placed today' : days === 1 ? '1 day old' : `${days} days old`;

/** The customer's orders as the rep picks one: number, status, total and age. */
export function orderOptions(orders: CustomerProfile['orders'], now: number) {
  return [
    { value: '', label: 'No specific order' },
    ...orders.map((o) => ({
      value: o.id,
      label: `${o.number} · ${humanize(o.status)} · ${money(o.total)} · ${ageLabel(orderAgeDays(o.placedAt, now))}`,
    })),
  ];
}
