import { z } from 'zod';

import { roles, type Role } from '../../server/db/schema.ts';
import { passwordProblem } from '../../server/modules/auth/password-policy.ts';
import { findOrganizationBySlug } from '../../server/modules/organization/queries/find-organization-by-slug.ts';
import { createPerson } from '../../server/modules/people/commands/create-person.ts';
import {
  parseFlags,
  readStdin,
  required,
  UsageError,
  withDatabase,
  type Command,
} from '../command.ts';

export const createUserCommand: Command = {
  summary: 'Add a person who can sign in; the password is read from standard input',
  usage: `--org <slug> --email <email> --name <name> --role <${roles.join('|')}> [--level <key>] [--extension <ext>] < password`,
  async run(argv) {
    const { values } = parseFlags(argv, {
      org: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      level: { type: 'string' },
      extension: { type: 'string' },
    });
    required(values, 'org', 'email', 'name', 'role');
    if (!z.email().safeParse(values.email).success)
      throw new UsageError(
        `--email must be an email address (got ${JSON.stringify(values.email)})`,
      );
    if (!roles.includes(values.role as Role))
      throw new UsageError(`--role must be one of ${roles.join(', ')}`);
    const password = await readStdin();
    const problem = passwordProblem(password, { email: values.email });
    if (problem) throw new UsageError(`The password on standard input ${problem}`);
    return withDatabase(async ({ db }) => {
      const org = await findOrganizationBySlug({ db, slug: values.org as string });
      const { id } = await createPerson({
        db,
        organizationId: org.id,
        email: values.email as string,
        name: values.name as string,
        role: values.role as Role,
        levelKey: values.level,
        extension: values.extension,
        password,
        actorId: null,
        now: new Date(),
      });
      console.log(`Created ${values.email} (${values.role}) in ${org.name}: ${id}`);
      return 0;
    });
  },
};
