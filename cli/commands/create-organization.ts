import type { z } from 'zod';

import {
  firstAdminSchema,
  newOrganizationSchema,
  policyTemplateKeySchema,
} from '../../contract/setup.ts';
import { migrationStatus } from '../../server/db/migrate.ts';
import { AppError } from '../../server/errors.ts';
import { passwordProblem } from '../../server/modules/auth/password-policy.ts';
import { createOrganization } from '../../server/modules/organization/commands/create-organization.ts';
import { policyTemplate } from '../../server/modules/organization/policy-templates/policy-templates.ts';
import {
  parseFlags,
  readStdin,
  required,
  UsageError,
  withDatabase,
  type Command,
} from '../command.ts';

const templates = policyTemplateKeySchema.options;

/** The flag each field comes from, so a refusal names what the operator typed. */
const flagOf: Record<string, string> = {
  'organization.slug': '--slug',
  'organization.name': '--name',
  'organization.currency': '--currency',
  'organization.timeZone': '--time-zone',
  'organization.vision': '--vision',
  timeZone: '--time-zone',
  'admin.email': '--admin-email',
  'admin.name': '--admin-name',
  'admin.password': 'The password on standard input',
};

function usageErrorFrom(prefix: string, error: z.ZodError): UsageError {
  const issue = error.issues[0]!;
  const field = [prefix, ...issue.path.map(String)].join('.');
  return new UsageError(`${flagOf[field] ?? field} ${issue.message}`);
}

export const createOrganizationCommand: Command = {
  summary:
    'Create an organization, its first admin and its policy from a template; the password is read from standard input',
  usage: `--slug <slug> --name <name> --currency <ISO 4217> --time-zone <IANA zone> --admin-email <email> --admin-name <name> [--template <${templates.join('|')}>] [--vision <text>] < password`,
  async run(argv) {
    const { values } = parseFlags(argv, {
      slug: { type: 'string' },
      name: { type: 'string' },
      currency: { type: 'string' },
      'time-zone': { type: 'string' },
      'admin-email': { type: 'string' },
      'admin-name': { type: 'string' },
      template: { type: 'string', default: 'hundred-dollar-rule' },
      vision: { type: 'string' },
    });
    required(values, 'slug', 'name', 'currency', 'time-zone', 'admin-email', 'admin-name');
    const organization = newOrganizationSchema.safeParse({
      slug: values.slug,
      name: values.name,
      currency: values.currency,
      timeZone: values['time-zone'],
      vision: values.vision,
    });
    if (!organization.success) throw usageErrorFrom('organization', organization.error);
    const template = policyTemplateKeySchema.safeParse(values.template);
    if (!template.success)
      throw new UsageError(`--template must be one of ${templates.join(', ')}`);
    const password = await readStdin();
    const admin = firstAdminSchema.safeParse({
      email: values['admin-email'],
      name: values['admin-name'],
      password,
    });
    if (!admin.success) throw usageErrorFrom('admin', admin.error);
    const problem = passwordProblem(password, { email: admin.data.email });
    if (problem) throw new UsageError(`The password on standard input ${problem}`);

    return withDatabase(async ({ db }) => {
      const { pending } = await migrationStatus(db);
      if (pending.length > 0) {
        console.error('The database is not migrated: run `leeway migrate` first.');
        return 1;
      }
      const created = await createOrganization({
        db,
        organization: organization.data,
        admin: admin.data,
        template: template.data,
        onlyIfFirst: false,
        now: new Date(),
      }).catch((error: unknown) => {
        // A taken slug or email, or a zone the database does not know, is the operator's to fix.
        if (error instanceof AppError && error.field && flagOf[error.field])
          throw new UsageError(
            `${flagOf[error.field]}: ${error.message.replace(`${error.field}: `, '')}`,
          );
        throw error;
      });
      const { name } = policyTemplate(template.data);
      console.log(
        `Created ${organization.data.name} (${organization.data.slug}): ${created.organizationId}\n` +
          `Admin ${admin.data.email} can sign in; policy version ${created.policyVersion} from the "${name}" template is in force.`,
      );
      return 0;
    });
  },
};
