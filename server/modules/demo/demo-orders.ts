import type { Random } from '../../../domain/random.ts';
import type { OrderItem } from '../../db/schema.ts';
import {
  catalogue,
  maxQuantity,
  productsByTier,
  type Product,
  type ProductTier,
} from './demo-catalogue.ts';
import type { CustomerProfile, Segment } from './demo-customers.ts';

export type OrderStatus =
  'processing' | 'in_fulfilment' | 'shipped' | 'delivered' | 'returned' | 'cancelled';

/** An order before it gets its number (numbers follow the order in which orders were placed). */
export type DraftOrder = {
  customerRef: string;
  placedAt: Date;
  status: OrderStatus;
  items: OrderItem[];
  totalMinor: number;
};

const HOUR = 60 * 60 * 1000;
const MINUTE = 60 * 1000;

type Range = readonly [number, number];

const ordersPerCustomer: Record<Segment, Range> = {
  new: [1, 2],
  regular: [2, 8],
  loyal: [6, 14],
  vip: [12, 20],
};
const linesPerOrder: Record<Segment, Range> = {
  new: [1, 3],
  regular: [1, 3],
  loyal: [1, 4],
  vip: [2, 6],
};

// VIPs are the customers who kit out whole expeditions; that is what makes their lifetime value high.
const tierWeights: Record<Segment, ReadonlyArray<readonly [ProductTier, number]>> = {
  new: [
    ['premium', 15],
    ['core', 50],
    ['accessory', 35],
  ],
  regular: [
    ['premium', 15],
    ['core', 50],
    ['accessory', 35],
  ],
  loyal: [
    ['premium', 25],
    ['core', 50],
    ['accessory', 25],
  ],
  vip: [
    ['premium', 60],
    ['core', 32],
    ['accessory', 8],
  ],
};

/** Recent orders are still moving through the warehouse; old ones were delivered, and a few came back. */
function statusFor(random: Random, ageMs: number): OrderStatus {
  if (random.chance(0.03)) return 'cancelled';
  const hours = ageMs / HOUR;
  if (hours < 12)
    return random.weighted<OrderStatus>([
      ['processing', 3],
      ['in_fulfilment', 1],
    ]);
  if (hours < 48)
    return random.weighted<OrderStatus>([
      ['processing', 1],
      ['in_fulfilment', 3],
      ['shipped', 2],
    ]);
  if (hours < 24 * 7)
    return random.weighted<OrderStatus>([
      ['shipped', 3],
      ['delivered', 2],
    ]);
  if (hours < 24 * 14)
    return random.weighted<OrderStatus>([
      ['shipped', 1],
      ['delivered', 9],
    ]);
  return random.weighted<OrderStatus>([
    ['delivered', 94],
    ['returned', 6],
  ]);
}

export function itemOf(product: Product, quantity: number): OrderItem {
  return { sku: product.sku, name: product.name, quantity, unitPriceMinor: product.priceMinor };
}

export function totalOf(items: readonly OrderItem[]): number {
  return items.reduce((sum, item) => sum + item.quantity * item.unitPriceMinor, 0);
}

function pickItems(random: Random, segment: Segment): OrderItem[] {
  const [minLines, maxLines] = linesPerOrder[segment];
  const lines = random.int(minLines, maxLines);
  const chosen = new Map<string, OrderItem>();
  while (chosen.size < lines) {
    const product = random.pick(productsByTier[random.weighted(tierWeights[segment])]);
    if (chosen.has(product.sku)) continue;
    // Mostly one of each; a second pair of socks or poles now and then.
    const quantity = random.chance(0.8) ? 1 : random.int(1, maxQuantity(product));
    chosen.set(product.sku, itemOf(product, quantity));
  }
  return [...chosen.values()];
}

export function generateOrders(random: Random, customer: CustomerProfile, now: Date): DraftOrder[] {
  const [min, max] = ordersPerCustomer[customer.segment];
  const count = random.int(min, max);
  const from = customer.ordersFrom.getTime();
  const span = customer.ordersUntil.getTime() - from;
  const orders: DraftOrder[] = [];
  for (let i = 0; i < count; i++) {
    // Whole minutes: order timestamps from a shop front do not carry milliseconds.
    const placedAt = new Date(Math.floor((from + random.next() * span) / MINUTE) * MINUTE);
    const items = pickItems(random, customer.segment);
    orders.push({
      customerRef: customer.ref,
      placedAt,
      status: statusFor(random, now.getTime() - placedAt.getTime()),
      items,
      totalMinor: totalOf(items),
    });
  }
  return orders;
}

/**
 * Sarah's order from the founding story: placed yesterday, already handed to the warehouse, and
 * with the wrong size of jacket in it. Changing it is exactly what the rep was not allowed to do.
 */
export function sarahsStoryOrder(now: Date): DraftOrder {
  const product = (sku: string) => {
    const found = catalogue.find((p) => p.sku === sku);
    if (!found) throw new Error(`story product ${sku} missing from the catalogue`);
    return found;
  };
  const items = [itemOf(product('JKT-RDG-3L'), 1), itemOf(product('APP-SCK-MR'), 2)];
  return {
    customerRef: 'C-100001',
    placedAt: new Date(now.getTime() - 24 * HOUR),
    status: 'in_fulfilment',
    items,
    totalMinor: totalOf(items),
  };
}
