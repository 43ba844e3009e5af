import type { Random } from '../../../domain/random.ts';
import { firstNames, lastNames } from './demo-names.ts';

export type Segment = 'new' | 'regular' | 'loyal' | 'vip';

export type CustomerProfile = {
  ref: string;
  name: string;
  email: string | null;
  phone: string;
  segment: Segment;
  flags: string[];
  /** Email of the employee this customer is related to. */
  linkedPersonEmail: string | null;
  /** Orders are placed between these two instants. */
  ordersFrom: Date;
  ordersUntil: Date;
};

export const CUSTOMER_COUNT = 2000;
export const SARAH_PHONE = '+13125550100';

const DAY = 24 * 60 * 60 * 1000;
const HISTORY_DAYS = 3 * 365;

// Chicago first (the store's home market), then the rest of the country.
const areaCodes = [
  '312',
  '773',
  '872',
  '630',
  '847',
  '708',
  '414',
  '612',
  '651',
  '314',
  '317',
  '616',
  '303',
  '206',
  '503',
  '801',
  '406',
  '907',
  '212',
  '617',
];
const emailDomains = ['example.com', 'example.net', 'example.org'];

const segmentWeights: ReadonlyArray<readonly [Segment, number]> = [
  ['new', 30],
  ['regular', 45],
  ['loyal', 20],
  ['vip', 5],
];

/**
 * The customers the demo script talks about: Sarah from the founding story, and two relatives of
 * reps, which the authority engine must refuse to let those reps resolve for.
 */
function storyCustomers(now: Date): CustomerProfile[] {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  return [
    {
      ref: 'C-100001',
      name: 'Sarah Mitchell',
      email: 'sarah.mitchell@example.com',
      phone: SARAH_PHONE,
      segment: 'regular',
      flags: [],
      linkedPersonEmail: null,
      ordersFrom: ago(700),
      ordersUntil: ago(20),
    },
    {
      ref: 'C-100002',
      name: 'Elena Ortiz',
      email: 'elena.ortiz@example.net',
      phone: '+17735550142',
      segment: 'loyal',
      flags: [],
      linkedPersonEmail: 'agent@northwind.example',
      ordersFrom: ago(1000),
      ordersUntil: now,
    },
    {
      ref: 'C-100003',
      name: 'Kwame Osei',
      email: 'kwame.osei@example.org',
      phone: '+13125550187',
      segment: 'regular',
      flags: [],
      linkedPersonEmail: 'daniel.osei@northwind.example',
      ordersFrom: ago(500),
      ordersUntil: now,
    },
  ];
}

function emailLocalPart(random: Random, first: string, last: string): string {
  const f = first.toLowerCase().replace(/[^a-z]/g, '');
  const l = last.toLowerCase().replace(/[^a-z]/g, '');
  return random.weighted<string>([
    [`${f}.${l}`, 5],
    [`${f}${l}`, 2],
    [`${f[0] ?? ''}${l}`, 2],
    [`${f}_${l}`, 1],
    [`${f}.${l}${random.int(60, 99)}`, 1],
  ]);
}

function uniqueEmail(random: Random, first: string, last: string, taken: Set<string>): string {
  const local = emailLocalPart(random, first, last);
  const domain = random.pick(emailDomains);
  let email = `${local}@${domain}`;
  for (let n = 2; taken.has(email); n++) email = `${local}${n}@${domain}`;
  taken.add(email);
  return email;
}

/** A telephony pop finds the customer by number, so no two customers share one. */
function uniquePhone(random: Random, taken: Set<string>): string {
  for (;;) {
    const phone = `+1${random.pick(areaCodes)}555${String(random.int(0, 9999)).padStart(4, '0')}`;
    if (!taken.has(phone)) {
      taken.add(phone);
      return phone;
    }
  }
}

function orderWindow(
  random: Random,
  now: Date,
  segment: Segment,
): { ordersFrom: Date; ordersUntil: Date } {
  const firstOrderDaysAgo =
    segment === 'new'
      ? random.int(3, 120)
      : segment === 'regular'
        ? random.int(120, HISTORY_DAYS)
        : random.int(400, HISTORY_DAYS);
  return { ordersFrom: new Date(now.getTime() - firstOrderDaysAgo * DAY), ordersUntil: now };
}

export function generateCustomers(random: Random, now: Date): CustomerProfile[] {
  const customers = storyCustomers(now);
  const phones = new Set(customers.map((c) => c.phone));
  const emails = new Set(customers.flatMap((c) => (c.email ? [c.email] : [])));
  const storyNames = new Set(customers.map((c) => c.name));

  while (customers.length < CUSTOMER_COUNT) {
    const first = random.pick(firstNames);
    const last = random.pick(lastNames);
    const name = `${first} ${last}`;
    if (storyNames.has(name)) continue;
    const segment = random.weighted(segmentWeights);
    const flags = [
      ...(random.chance(0.005) ? ['abuse_suspected'] : []),
      ...(random.chance(0.006) ? ['chargeback_history'] : []),
    ];
    customers.push({
      ref: `C-${100001 + customers.length}`,
      name,
      // Some customers only ever phone in.
      email: random.chance(0.02) ? null : uniqueEmail(random, first, last, emails),
      phone: uniquePhone(random, phones),
      segment,
      flags,
      linkedPersonEmail: null,
      ...orderWindow(random, now, segment),
    });
  }
  return customers;
}
