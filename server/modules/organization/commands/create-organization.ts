import { sql, type Transaction } from 'kysely';

import type { Db } from '../../../db/database.ts';
import type { Database } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import { passwordProblem } from '../../auth/password-policy.ts';
import { hashPassword } from '../../auth/password.ts';
import { insertPublishedPolicy } from '../../authority/commands/insert-published-policy.ts';
import { appendLedgerEntries } from '../../ledger/commands/append-ledger-entries.ts';
import { databaseTimeZone } from '../database-time-zone.ts';
import type { PolicyTemplateKey } from '../policy-templates/policy-template.ts';
import { policyTemplate } from '../policy-templates/policy-templates.ts';
import { isSetupOpen } from '../queries/is-setup-open.ts';

export type CreateOrganizationOptions = {
  db: Db;
  organization: {
    slug: string;
    name: string;
    currency: string;
    timeZone: string;
    vision?: string | undefined;
  };
  admin: { email: string; name: string; password: string };
  template: PolicyTemplateKey;
  /** First-run setup: refused (setup_closed) when the deployment already has an organization. */
  onlyIfFirst: boolean;
  now: Date;
};

export type CreatedOrganization = {
  organizationId: string;
  adminId: string;
  policyVersion: number;
};

/** The team every new organization starts with, so the first people invited have one to join. */
export const FIRST_TEAM_NAME = 'Front line';

/**
 * An organization from zero: the organization, its authority levels and first team, the first
 * admin, and the template's policy published as version 1, with the ledger entries of each act, in
 * one transaction. Published rather than left as a draft: the reps an admin invites next can decide
 * at once, and the policy editor opens a draft of it whenever the admin wants to change it.
 */
export async function createOrganization(
  options: CreateOrganizationOptions,
): Promise<CreatedOrganization> {
  const { db, organization, now } = options;
  // Setup is public: once closed, nobody gets a password checked or an scrypt hash out of it.
  if (options.onlyIfFirst) await refuseUnlessFirst(db);
  const email = options.admin.email.trim().toLowerCase();
  const problem = passwordProblem(options.admin.password, { email });
  if (problem) throw AppError.invalid('admin.password', problem);
  const template = policyTemplate(options.template);
  const document = template.document(organization.currency);
  const timeZone = await databaseTimeZone(db, organization.timeZone);
  const passwordHash = await hashPassword(options.admin.password);

  return db.transaction().execute(async (trx) => {
    // Organizations are created one at a time, so "is this the first?" stays true until commit;
    // the check above was only the cheap refusal.
    await sql`select pg_advisory_xact_lock(hashtext('leeway.create_organization'))`.execute(trx);
    if (options.onlyIfFirst) await refuseUnlessFirst(trx);
    const created = await trx
      .insertInto('organizations')
      .values({
        slug: organization.slug,
        name: organization.name.trim(),
        currency: organization.currency,
        timeZone,
        vision: organization.vision?.trim() ?? '',
        createdAt: now,
      })
      .onConflict((oc) => oc.column('slug').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!created)
      throw new AppError(
        'conflict',
        `An organization with the slug "${organization.slug}" already exists`,
        'organization.slug',
      );
    const organizationId = created.id;
    const levelIds = await insertLevels(trx, organizationId, document.levels);
    await trx
      .insertInto('teams')
      .values({ organizationId, name: FIRST_TEAM_NAME, leadId: null })
      .execute();
    const adminId = await insertAdmin(trx, {
      organizationId,
      email,
      name: options.admin.name.trim(),
      levelId: levelIds.get(template.adminLevel)!,
      passwordHash,
      now,
    });
    const note = `Started from the "${template.name}" template`;
    const { version } = await insertPublishedPolicy({
      db: trx,
      organizationId,
      document,
      personId: adminId,
      note,
      now,
    });
    await appendLedgerEntries(trx, organizationId, [
      {
        kind: 'organization.created',
        at: now,
        actorId: null,
        data: {
          slug: organization.slug,
          name: organization.name.trim(),
          currency: organization.currency,
          timeZone,
          template: template.key,
        },
      },
      {
        kind: 'person.created',
        at: now,
        actorId: null,
        data: { personId: adminId, email, role: 'admin', levelKey: template.adminLevel },
      },
      {
        kind: 'policy.published',
        at: now,
        actorId: adminId,
        data: { version, note, template: template.key },
      },
    ]);
    return { organizationId, adminId, policyVersion: version };
  });
}

async function refuseUnlessFirst(db: Db): Promise<void> {
  if (!(await isSetupOpen({ db })))
    throw new AppError(
      'setup_closed',
      'Setup is closed: this deployment already has an organization. Sign in, or ask its admin to invite you.',
    );
}

async function insertLevels(
  trx: Transaction<Database>,
  organizationId: string,
  levels: ReadonlyArray<{ key: string; name: string }>,
): Promise<Map<string, string>> {
  const rows = await trx
    .insertInto('authorityLevels')
    .values(
      levels.map((level, i) => ({ organizationId, key: level.key, name: level.name, rank: i + 1 })),
    )
    .returning(['id', 'key'])
    .execute();
  return new Map(rows.map((row) => [row.key, row.id]));
}

async function insertAdmin(
  trx: Transaction<Database>,
  admin: {
    organizationId: string;
    email: string;
    name: string;
    levelId: string;
    passwordHash: string;
    now: Date;
  },
): Promise<string> {
  // Email is the login name across the deployment: the unique index decides a race, this the message.
  const taken = await trx
    .selectFrom('people')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', admin.email))
    .executeTakeFirst();
  if (taken)
    throw new AppError('conflict', `Someone already signs in as ${admin.email}`, 'admin.email');
  const row = await trx
    .insertInto('people')
    .values({
      organizationId: admin.organizationId,
      email: admin.email,
      name: admin.name,
      role: 'admin',
      levelId: admin.levelId,
      passwordHash: admin.passwordHash,
      createdAt: admin.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
