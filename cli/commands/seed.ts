import { migrationStatus } from '../../server/db/migrate.ts';
import { seedDemo } from '../../server/modules/demo/seed-demo.ts';
import { parseFlags, UsageError, withDatabase, type Command } from '../command.ts';

export const seedCommand: Command = {
  summary: 'Load the demo organization (Northwind Outfitters) if it is not there yet',
  usage: '--demo',
  async run(argv) {
    const { values } = parseFlags(argv, { demo: { type: 'boolean' } });
    if (!values.demo) throw new UsageError('Say what to seed: --demo is the only data set');
    return withDatabase(async ({ db }) => {
      const { pending } = await migrationStatus(db);
      if (pending.length > 0) {
        console.error('The database is not migrated: run `leeway migrate` first.');
        return 1;
      }
      const result = await seedDemo({
        db,
        now: new Date(),
        onProgress: (step, done, total) =>
          process.stdout.write(
            `\r  ${step}: ${done}/${total}        ${done === total ? '\n' : ''}`,
          ),
      });
      console.log(
        result.created
          ? 'Demo organization created.'
          : 'The demo organization is already there; nothing changed.',
      );
      for (const login of result.logins)
        console.log(
          `  ${login.email.padEnd(32)} password ${login.password}  (${[login.levelName, login.role.replace('_', ' ')].filter(Boolean).join(', ')})`,
        );
      return 0;
    });
  },
};
