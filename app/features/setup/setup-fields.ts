import type { TemplateKey } from './types.ts';

/** What the setup form holds; the server decides what is valid and names the field it refuses. */
export type SetupFields = {
  name: string;
  slug: string;
  currency: string;
  timeZone: string;
  vision: string;
  adminName: string;
  adminEmail: string;
  password: string;
  template: TemplateKey;
  /** From the link the server printed at start, or typed when the page was opened without it. */
  setupToken: string;
};

export type SetupFieldName = keyof SetupFields;

/** The request's field paths as the server names them in a refusal, mapped to the form's fields. */
const fieldOfPath: Record<string, SetupFieldName> = {
  'organization.name': 'name',
  'organization.slug': 'slug',
  'organization.currency': 'currency',
  'organization.timeZone': 'timeZone',
  timeZone: 'timeZone',
  'organization.vision': 'vision',
  'admin.name': 'adminName',
  'admin.email': 'adminEmail',
  'admin.password': 'password',
  template: 'template',
  setupToken: 'setupToken',
};

export function fieldOf(path: string | undefined): SetupFieldName | undefined {
  return path === undefined ? undefined : fieldOfPath[path];
}

/** "organization.slug: must be…" beside the slug field is just "must be…". */
export function withoutPath(message: string, path: string | undefined): string {
  return path && message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
}

/** "Harbour Lights, Lisbon" → "harbour-lights-lisbon": a suggestion while the slug is not typed by hand. */
export function slugFrom(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

export function initialFields(setupToken = ''): SetupFields {
  return {
    name: '',
    slug: '',
    currency: 'USD',
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    vision: '',
    adminName: '',
    adminEmail: '',
    password: '',
    template: 'hundred-dollar-rule',
    setupToken,
  };
}

export function toRequest(fields: SetupFields) {
  return {
    organization: {
      slug: fields.slug.trim(),
      name: fields.name.trim(),
      currency: fields.currency.trim().toUpperCase(),
      timeZone: fields.timeZone.trim(),
      ...(fields.vision.trim() ? { vision: fields.vision.trim() } : {}),
    },
    admin: {
      email: fields.adminEmail.trim(),
      name: fields.adminName.trim(),
      password: fields.password,
    },
    template: fields.template,
    setupToken: fields.setupToken.trim(),
  };
}
