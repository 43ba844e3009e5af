import { createRandom } from '../../../domain/random.ts';
import type { OrderItem } from '../../db/schema.ts';
import { generateCustomers, type Segment } from './demo-customers.ts';
import { generateOrders, sarahsStoryOrder, type OrderStatus } from './demo-orders.ts';
import {
  demoLevels,
  demoOrganization,
  demoStaff,
  demoTeams,
  extensionOf,
  type LevelKey,
  type StaffMember,
} from './demo-staff.ts';

/**
 * The whole demo, computed in memory with no I/O. A fixed seed means every install gets the same
 * people, customers and orders; only the dates move, so that the history always ends at `now`.
 */
const SEED = 20261122;
const DAY = 24 * 60 * 60 * 1000;
const FIRST_ORDER_NUMBER = 240001;

export type DemoPerson = StaffMember & { extension: string };

export type DemoCustomer = {
  ref: string;
  name: string;
  email: string | null;
  phone: string;
  segment: Segment;
  flags: string[];
  linkedPersonEmail: string | null;
  lifetimeValueMinor: number;
  createdAt: Date;
};

export type DemoOrder = {
  number: string;
  customerRef: string;
  placedAt: Date;
  status: OrderStatus;
  totalMinor: number;
  items: OrderItem[];
};

export type DemoData = {
  organization: typeof demoOrganization & { createdAt: Date };
  levels: ReadonlyArray<{ key: LevelKey; name: string; rank: number }>;
  teams: readonly string[];
  people: DemoPerson[];
  customers: DemoCustomer[];
  orders: DemoOrder[];
};

export function generateDemo(now: Date): DemoData {
  const random = createRandom(SEED);
  const profiles = generateCustomers(random, now);

  const drafts = profiles.flatMap((customer) => generateOrders(random, customer, now));
  drafts.push(sarahsStoryOrder(now));
  // Numbers rise with time, as a shop's order numbers do.
  drafts.sort(
    (a, b) =>
      a.placedAt.getTime() - b.placedAt.getTime() || a.customerRef.localeCompare(b.customerRef),
  );
  const orders = drafts.map((d, i) => ({ number: `NW-${FIRST_ORDER_NUMBER + i}`, ...d }));

  const spent = new Map<string, number>();
  const firstOrder = new Map<string, Date>();
  for (const order of orders) {
    if (!firstOrder.has(order.customerRef)) firstOrder.set(order.customerRef, order.placedAt);
    // A cancelled order never took the customer's money; a returned one still counts as a relationship.
    if (order.status !== 'cancelled')
      spent.set(order.customerRef, (spent.get(order.customerRef) ?? 0) + order.totalMinor);
  }

  const customers = profiles.map(
    ({ ordersFrom, ordersUntil: _until, ...profile }): DemoCustomer => {
      const first = firstOrder.get(profile.ref) ?? ordersFrom;
      // The account was opened a little before the first purchase (browsing, a newsletter sign-up).
      const createdAt = new Date(first.getTime() - random.int(0, 14) * DAY);
      return { ...profile, lifetimeValueMinor: spent.get(profile.ref) ?? 0, createdAt };
    },
  );

  return {
    organization: {
      ...demoOrganization,
      createdAt: new Date(now.getTime() - (3 * 365 + 60) * DAY),
    },
    levels: demoLevels,
    teams: demoTeams,
    people: demoStaff.map((person, i) => ({ ...person, extension: extensionOf(i) })),
    customers,
    orders,
  };
}
