import type { Role } from '../../db/schema.ts';

/** The organization, its authority ladder, its teams and its people: written by hand, so they read like a real contact centre. */
export const demoOrganization = {
  slug: 'northwind',
  name: 'Northwind Outfitters',
  currency: 'USD',
  timeZone: 'America/Chicago',
  vision:
    'Whoever answers owns the problem until it is fixed, on that first contact whenever we can: no transfers, no "someone will call you back". ' +
    "A customer's time is worth more than our process, so never keep someone on hold for a permission you could give yourself. " +
    "Spend Northwind's money as carefully as your own, and as generously as you would want it spent on you if your trip depended on that gear arriving.",
} as const;

export const demoPassword = 'leeway-demo';

export type LevelKey = 'agent' | 'senior_agent' | 'supervisor' | 'manager' | 'director';

export const demoLevels: ReadonlyArray<{ key: LevelKey; name: string; rank: number }> = [
  { key: 'agent', name: 'Agent', rank: 1 },
  { key: 'senior_agent', name: 'Senior agent', rank: 2 },
  { key: 'supervisor', name: 'Supervisor', rank: 3 },
  { key: 'manager', name: 'Manager', rank: 4 },
  { key: 'director', name: 'Director', rank: 5 },
];

export const ORDERS = 'Orders & Delivery';
export const RETURNS = 'Returns & Repairs';
export const LOYALTY = 'Loyalty & Escalations';
export const demoTeams: readonly string[] = [ORDERS, RETURNS, LOYALTY];

export type StaffMember = {
  email: string;
  name: string;
  role: Role;
  /** Null for the auditor, who decides nothing. */
  level: LevelKey | null;
  team: string | null;
  /** Email of the manager; null only for the Director. */
  manager: string | null;
  /** True for the accounts a visitor signs in with (they get the demo password). */
  login?: boolean;
  /** Set on the supervisor who leads the team. */
  leads?: string;
};

const DIRECTOR = 'director@northwind.example';
const MANAGER_OPS = 'manager@northwind.example';
const MANAGER_LOYALTY = 'claire.dubois@northwind.example';
const SUP_ORDERS = 'supervisor@northwind.example';
const SUP_RETURNS = 'marcus.bell@northwind.example';
const SUP_LOYALTY = 'yuki.tanaka@northwind.example';

/** Listed managers first, so each person's manager is defined before them. */
export const demoStaff: readonly StaffMember[] = [
  {
    email: DIRECTOR,
    name: 'Denise Whitaker',
    role: 'approver',
    level: 'director',
    team: null,
    manager: null,
    login: true,
  },
  {
    email: MANAGER_OPS,
    name: 'Rahul Mehta',
    role: 'approver',
    level: 'manager',
    team: null,
    manager: DIRECTOR,
    login: true,
  },
  {
    email: MANAGER_LOYALTY,
    name: 'Claire Dubois',
    role: 'approver',
    level: 'manager',
    team: null,
    manager: DIRECTOR,
  },
  {
    email: 'admin@northwind.example',
    name: 'Tomasz Nowak',
    role: 'admin',
    level: 'manager',
    team: null,
    manager: DIRECTOR,
    login: true,
  },
  {
    email: 'trainer@northwind.example',
    name: 'Gabriela Santos',
    role: 'trainer',
    level: 'senior_agent',
    team: null,
    manager: MANAGER_LOYALTY,
    login: true,
  },

  {
    email: SUP_ORDERS,
    name: 'Aisha Rahman',
    role: 'team_leader',
    level: 'supervisor',
    team: ORDERS,
    manager: MANAGER_OPS,
    login: true,
    leads: ORDERS,
  },
  {
    email: SUP_RETURNS,
    name: 'Marcus Bell',
    role: 'team_leader',
    level: 'supervisor',
    team: RETURNS,
    manager: MANAGER_OPS,
    leads: RETURNS,
  },
  {
    email: SUP_LOYALTY,
    name: 'Yuki Tanaka',
    role: 'team_leader',
    level: 'supervisor',
    team: LOYALTY,
    manager: MANAGER_LOYALTY,
    leads: LOYALTY,
  },

  {
    email: 'senior@northwind.example',
    name: 'Mei Chen',
    role: 'agent',
    level: 'senior_agent',
    team: ORDERS,
    manager: SUP_ORDERS,
    login: true,
  },
  {
    email: 'daniel.osei@northwind.example',
    name: 'Daniel Osei',
    role: 'approver',
    level: 'senior_agent',
    team: ORDERS,
    manager: SUP_ORDERS,
  },
  {
    email: 'fatima.haddad@northwind.example',
    name: 'Fatima Haddad',
    role: 'agent',
    level: 'senior_agent',
    team: RETURNS,
    manager: SUP_RETURNS,
  },
  {
    email: 'liam.oconnor@northwind.example',
    name: "Liam O'Connor",
    role: 'agent',
    level: 'senior_agent',
    team: RETURNS,
    manager: SUP_RETURNS,
  },
  {
    email: 'priya.nair@northwind.example',
    name: 'Priya Nair',
    role: 'approver',
    level: 'senior_agent',
    team: LOYALTY,
    manager: SUP_LOYALTY,
  },

  // Bryan is the rep from the founding story: he wanted to help Sarah and was not allowed to.
  {
    email: 'agent@northwind.example',
    name: 'Bryan Ortiz',
    role: 'agent',
    level: 'agent',
    team: ORDERS,
    manager: SUP_ORDERS,
    login: true,
  },
  {
    email: 'chloe.martin@northwind.example',
    name: 'Chloe Martin',
    role: 'agent',
    level: 'agent',
    team: ORDERS,
    manager: SUP_ORDERS,
  },
  {
    email: 'jamal.washington@northwind.example',
    name: 'Jamal Washington',
    role: 'agent',
    level: 'agent',
    team: ORDERS,
    manager: SUP_ORDERS,
  },
  {
    email: 'sofia.rossi@northwind.example',
    name: 'Sofia Rossi',
    role: 'agent',
    level: 'agent',
    team: ORDERS,
    manager: SUP_ORDERS,
  },
  {
    email: 'linh.nguyen@northwind.example',
    name: 'Linh Nguyen',
    role: 'agent',
    level: 'agent',
    team: ORDERS,
    manager: SUP_ORDERS,
  },
  {
    email: 'emma.johansson@northwind.example',
    name: 'Emma Johansson',
    role: 'agent',
    level: 'agent',
    team: RETURNS,
    manager: SUP_RETURNS,
  },
  {
    email: 'diego.herrera@northwind.example',
    name: 'Diego Herrera',
    role: 'agent',
    level: 'agent',
    team: RETURNS,
    manager: SUP_RETURNS,
  },
  {
    email: 'grace.kim@northwind.example',
    name: 'Grace Kim',
    role: 'agent',
    level: 'agent',
    team: RETURNS,
    manager: SUP_RETURNS,
  },
  {
    email: 'samuel.adeyemi@northwind.example',
    name: 'Samuel Adeyemi',
    role: 'agent',
    level: 'agent',
    team: RETURNS,
    manager: SUP_RETURNS,
  },
  {
    email: 'hannah.goldberg@northwind.example',
    name: 'Hannah Goldberg',
    role: 'agent',
    level: 'agent',
    team: LOYALTY,
    manager: SUP_LOYALTY,
  },
  {
    email: 'omar.farouk@northwind.example',
    name: 'Omar Farouk',
    role: 'agent',
    level: 'agent',
    team: LOYALTY,
    manager: SUP_LOYALTY,
  },
  {
    email: 'olivia.brooks@northwind.example',
    name: 'Olivia Brooks',
    role: 'agent',
    level: 'agent',
    team: LOYALTY,
    manager: SUP_LOYALTY,
  },
  // Internal audit answers to the Director; last in the list, so nobody else's extension moves.
  {
    email: 'auditor@northwind.example',
    name: 'Ines Moreau',
    role: 'auditor',
    level: null,
    team: null,
    manager: DIRECTOR,
    login: true,
  },
];

/** Telephony extensions follow the list order, 2001 upwards, so a call event can name any of them. */
export function extensionOf(index: number): string {
  return String(2001 + index);
}

export type DemoLogin = {
  email: string;
  password: string;
  name: string;
  role: Role;
  level: string | null;
  levelName: string | null;
};

// In the order the README introduces them: from the front line up, then the support roles.
const loginOrder = [
  'agent',
  'senior',
  'supervisor',
  'manager',
  'director',
  'admin',
  'trainer',
  'auditor',
].map((k) => `${k}@northwind.example`);

export const demoLogins: readonly DemoLogin[] = loginOrder.map((email) => {
  const person = demoStaff.find((p) => p.email === email && p.login);
  if (!person) throw new Error(`demo login ${email} is not in the staff list`);
  return {
    email,
    password: demoPassword,
    name: person.name,
    role: person.role,
    level: person.level,
    levelName: demoLevels.find((l) => l.key === person.level)?.name ?? null,
  };
});
