import type { Generated, Selectable } from 'kysely';

import type { CreatedAt, DatabaseKept, Json, MinorUnits, Timestamp } from '../../db/columns.ts';

export interface CustomersTable {
  id: Generated<string>;
  organizationId: string;
  externalRef: string;
  name: string;
  email: string | null;
  phone: string | null;
  segment: string;
  lifetimeValueMinor: MinorUnits;
  currency: string;
  flags: Json<string[]>;
  /** A person of the organization related to this customer (a resolution for them is never self-approved). */
  linkedPersonId: string | null;
  /** Bumped by the database whenever a write may change this customer's usage. */
  usageVersion: DatabaseKept<number>;
  /** Set when an admin merged this duplicate into another customer: a tombstone, found no more. */
  mergedIntoId: Generated<string | null>;
  /** A number or address this customer no longer holds: invalid, another (older) customer's, or handed over in a merge. */
  displacedPhone: Generated<string | null>;
  displacedEmail: Generated<string | null>;
  createdAt: CreatedAt;
}

export interface OrderItem {
  sku: string;
  name: string;
  quantity: number;
  unitPriceMinor: number;
}

export interface OrdersTable {
  id: Generated<string>;
  organizationId: string;
  customerId: string;
  number: string;
  placedAt: Timestamp;
  status: string;
  totalMinor: MinorUnits;
  currency: string;
  items: Json<OrderItem[]>;
}

export interface CustomerTables {
  customers: CustomersTable;
  orders: OrdersTable;
}

export type Customer = Selectable<CustomersTable>;
export type Order = Selectable<OrdersTable>;
