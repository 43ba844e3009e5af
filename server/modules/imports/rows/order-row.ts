import { importColumns } from '../../../../contract/imports.ts';
import { RowReader, type RowResult } from './cells.ts';

/** The header this kind of file has: the contract's, which the import page shows too. */
export const orderColumns = importColumns.orders;

export type OrderItemRow = { sku: string; name: string; quantity: number; unitPriceMinor: number };

export type OrderRow = {
  number: string;
  customerRef: string;
  placedAt: Date;
  status: string;
  totalMinor: number;
  currency: string;
  items: OrderItemRow[];
};

/** An ISO 8601 instant with its offset: a bare local time would be read in a zone nobody chose. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * One order line. `items` is `sku|name|quantity|unit price` per item, items separated by `;`
 * (e.g. `TENT-2|Two-person tent|1|249.00;PEG|Pegs|10|0.45`), prices in the order's currency.
 */
export function readOrderRow(
  record: Record<string, string | undefined>,
  now: Date,
): RowResult<OrderRow> {
  const r = new RowReader(record);
  const number = r.required('external_ref', 100);
  const customerRef = r.required('customer_ref', 100);
  const placedText = r.required('placed_at', 40);
  let placedAt: Date | undefined;
  if (placedText !== undefined) {
    placedAt = new Date(placedText);
    if (!INSTANT.test(placedText) || Number.isNaN(placedAt.getTime()))
      placedAt = r.error(
        'placed_at',
        'must be an ISO 8601 time with its offset, e.g. 2026-11-02T14:30:00Z',
      );
    else if (placedAt.getTime() > now.getTime() + 24 * 3600_000)
      placedAt = r.error('placed_at', 'is in the future');
  }
  const statusText = r.required('status', 50);
  const status = statusText === undefined ? undefined : r.code('status', statusText);
  const currency = r.currency('currency');
  const totalMinor = currency ? r.money('total', currency) : undefined;
  const items = currency ? readItems(r, currency) : undefined;
  if (r.errors.length > 0) return { ok: false, errors: r.errors };
  return {
    ok: true,
    row: {
      number: number!,
      customerRef: customerRef!,
      placedAt: placedAt!,
      status: status!,
      totalMinor: totalMinor!,
      currency: currency!,
      items: items!,
    },
  };
}

function readItems(r: RowReader, currency: string): OrderItemRow[] | undefined {
  const text = r.text('items');
  if (text === '') return [];
  const items: OrderItemRow[] = [];
  for (const [index, part] of text.split(';').entries()) {
    const fields = part.split('|').map((field) => field.trim());
    const where = `item ${index + 1}`;
    if (fields.length !== 4)
      return r.error('items', `${where}: write sku|name|quantity|unit price, items separated by ;`);
    const [sku, name, quantityText, priceText] = fields as [string, string, string, string];
    if (!sku || sku.length > 100) return r.error('items', `${where}: the sku is empty or too long`);
    if (!name || name.length > 200)
      return r.error('items', `${where}: the name is empty or too long`);
    const quantity = /^\d{1,6}$/.test(quantityText) ? Number(quantityText) : 0;
    if (quantity < 1)
      return r.error('items', `${where}: the quantity must be a whole number from 1`);
    const unitPriceMinor = r.money('items', currency, priceText);
    if (unitPriceMinor === undefined) return undefined;
    items.push({ sku, name, quantity, unitPriceMinor });
  }
  return items;
}
