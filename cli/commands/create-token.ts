import { findOrganizationBySlug } from '../../server/modules/organization/queries/find-organization-by-slug.ts';
import { createApiToken } from '../../server/modules/tokens/commands/create-api-token.ts';
import { parseFlags, required, UsageError, withDatabase, type Command } from '../command.ts';

export const createTokenCommand: Command = {
  summary: 'Create an API token for an integration; prints the secret once',
  usage: '--org <slug> --name <label>',
  async run(argv) {
    const { values } = parseFlags(argv, {
      org: { type: 'string' },
      name: { type: 'string' },
      user: { type: 'string' },
    });
    required(values, 'org', 'name');
    // A token that acts as a person is created by that person, signed in (POST /api/tokens): whoever
    // runs the CLI is not them, and could otherwise approve or publish in their name.
    if (values.user)
      throw new UsageError(
        '--user: a token that acts as a person can only be created by that person, signed in (POST /api/tokens with their own personId)',
      );
    return withDatabase(async ({ db }) => {
      const org = await findOrganizationBySlug({ db, slug: values.org as string });
      const { token } = await createApiToken({
        db,
        organizationId: org.id,
        name: values.name as string,
        createdBy: null,
      });
      // The secret alone on stdout, so scripts can capture it; the explanation goes to stderr.
      console.error(
        `API token "${values.name}" for ${org.name}. Store it now: it is not shown again.`,
      );
      console.log(token);
      return 0;
    });
  },
};
