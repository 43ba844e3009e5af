import type { Usage } from './decide.ts';
import type { TypeUsage, UsageByType } from './limits-for.ts';

/**
 * What people, customers and contacts have used, as read from the database, plus what is granted
 * while deciding a batch: the second request of a rep in one batch must see the first one's grant,
 * exactly as it would if they had been decided one after the other.
 */
export class UsageTally {
  /** person → type → the person's own within-authority grants today and this month */
  private readonly person = new Map<
    string,
    Map<string, { dayMinor: number; monthMinor: number }>
  >();
  /** customer → type → grants within that type's window */
  private readonly customer = new Map<string, Map<string, number>>();
  /** contact → everything granted on it */
  private readonly contact = new Map<string, number>();

  setPerson(personId: string, type: string, dayMinor: number, monthMinor: number): void {
    inner(this.person, personId).set(type, { dayMinor, monthMinor });
  }

  setCustomer(customerId: string, type: string, windowMinor: number): void {
    inner(this.customer, customerId).set(type, windowMinor);
  }

  setContact(contactId: string, totalMinor: number): void {
    this.contact.set(contactId, totalMinor);
  }

  /** The engine's view for one request. */
  usageFor(personId: string, customerId: string, contactId: string | null, type: string): Usage {
    const own = this.person.get(personId)?.get(type);
    return {
      personDayMinor: own?.dayMinor ?? 0,
      personMonthMinor: own?.monthMinor ?? 0,
      customerWindowMinor: this.customer.get(customerId)?.get(type) ?? 0,
      contactTotalMinor: contactId ? (this.contact.get(contactId) ?? 0) : 0,
    };
  }

  /** Every type at once, for allowances (`limitsFor`). */
  byType(personId: string, customerId: string, contactId: string | null): UsageByType {
    const types = new Set([
      ...(this.person.get(personId)?.keys() ?? []),
      ...(this.customer.get(customerId)?.keys() ?? []),
    ]);
    const byType: Record<string, TypeUsage> = {};
    for (const type of types) {
      const { personDayMinor, personMonthMinor, customerWindowMinor } = this.usageFor(
        personId,
        customerId,
        contactId,
        type,
      );
      byType[type] = { personDayMinor, personMonthMinor, customerWindowMinor };
    }
    return { contactTotalMinor: contactId ? (this.contact.get(contactId) ?? 0) : 0, byType };
  }

  /** A grant decided within the rep's own authority counts against all three at once. */
  addGrantWithinAuthority(grant: {
    personId: string;
    customerId: string;
    contactId: string;
    type: string;
    amountMinor: number;
  }): void {
    const own = this.person.get(grant.personId)?.get(grant.type) ?? { dayMinor: 0, monthMinor: 0 };
    this.setPerson(
      grant.personId,
      grant.type,
      own.dayMinor + grant.amountMinor,
      own.monthMinor + grant.amountMinor,
    );
    this.setCustomer(
      grant.customerId,
      grant.type,
      (this.customer.get(grant.customerId)?.get(grant.type) ?? 0) + grant.amountMinor,
    );
    this.setContact(grant.contactId, (this.contact.get(grant.contactId) ?? 0) + grant.amountMinor);
  }
}

function inner<V>(outer: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let map = outer.get(key);
  if (!map) {
    map = new Map();
    outer.set(key, map);
  }
  return map;
}
