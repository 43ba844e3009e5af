import { migrateToLatest, migrationStatus } from '../../server/db/migrate.ts';
import { parseFlags, withDatabase, type Command } from '../command.ts';

export const migrateCommand: Command = {
  summary: 'Apply pending database migrations (a deploy step with DATABASE_URL)',
  usage: '[--status]',
  async run(argv) {
    const { values } = parseFlags(argv, { status: { type: 'boolean' } });
    return withDatabase(async ({ db, kind }) => {
      if (values.status) {
        const { applied, pending } = await migrationStatus(db);
        console.log(`${kind}: ${applied.length} applied, ${pending.length} pending`);
        for (const name of pending) console.log(`  pending  ${name}`);
        return 0;
      }
      const applied = await migrateToLatest(db);
      if (applied.length === 0) console.log(`${kind}: already up to date`);
      for (const name of applied) console.log(`applied  ${name}`);
      return 0;
    });
  },
};
