import { createApiToken } from '../../server/modules/tokens/commands/create-api-token.ts';
import { findOrganizationBySlug } from '../../server/modules/organization/queries/find-organization.ts';
import { findPersonIdByEmail } from '../../server/modules/people/queries/find-person-by-email.ts';
import { parseFlags, required, withDatabase, type Command } from '../command.ts';

export const createTokenCommand: Command = {
  summary: 'Create an API token for an integration (or acting as a person with --user); prints the secret once',
  usage: '--org <slug> --name <label> [--user <email>]',
  async run(argv) {
    const { values } = parseFlags(argv, { org: { type: 'string' }, name: { type: 'string' }, user: { type: 'string' } });
    required(values, 'org', 'name');
    return withDatabase(async ({ db }) => {
      const org = await findOrganizationBySlug({ db, slug: values.org as string });
      const personId = values.user ? await findPersonIdByEmail({ db, organizationId: org.id, email: values.user }) : undefined;
      const { token } = await createApiToken({ db, organizationId: org.id, name: values.name as string, personId });
      // The secret alone on stdout, so scripts can capture it; the explanation goes to stderr.
      console.error(`API token "${values.name}" for ${org.name}${values.user ? ` acting as ${values.user}` : ''}. Store it now: it is not shown again.`);
      console.log(token);
      return 0;
    });
  },
};
