import { loadConfig } from '../../server/config.ts';
import { expireDryRuns } from '../../server/modules/housekeeping/commands/expire-dry-runs.ts';
import { pruneExpiredData } from '../../server/modules/housekeeping/commands/prune-expired-data.ts';
import { importUploadDir } from '../../server/modules/imports/upload-dir.ts';
import { parseFlags, UsageError, withDatabase, type Command } from '../command.ts';

export const pruneCommand: Command = {
  summary:
    'Delete live events past retention, expired sessions, old failed logins and unapplied import dry runs now (every instance also does it every ten minutes)',
  usage: '[--events-older-than-days <n>]',
  async run(argv) {
    const { values } = parseFlags(argv, { 'events-older-than-days': { type: 'string' } });
    const config = loadConfig();
    const days =
      values['events-older-than-days'] === undefined
        ? config.eventRetentionDays
        : Number(values['events-older-than-days']);
    if (!Number.isInteger(days) || days < 1)
      throw new UsageError('--events-older-than-days must be a whole number of days, 1 or more');
    return withDatabase(async ({ db }) => {
      const pruned = await pruneExpiredData({
        db,
        now: new Date(),
        eventRetentionDays: days,
        loginWindowMinutes: config.loginWindowMinutes,
        onProgress: ({ table, deleted }) =>
          process.stdout.write(`\r  ${table}: ${deleted.toLocaleString('en')} deleted`),
      });
      process.stdout.write('\r');
      console.log(
        `  events older than ${days} days: ${pruned.events.toLocaleString('en')} deleted`,
      );
      console.log(`  expired sessions: ${pruned.sessions.toLocaleString('en')} deleted`);
      console.log(
        `  failed logins outside the ${config.loginWindowMinutes}-minute window: ${pruned.loginFailures.toLocaleString('en')} deleted`,
      );
      console.log(
        `  expired password reset links: ${pruned.passwordResets.toLocaleString('en')} deleted`,
      );
      const imports = await expireDryRuns({
        db,
        now: new Date(),
        retentionHours: config.importDryRunRetentionHours,
        uploadDir: importUploadDir(config),
      });
      console.log(
        `  import dry runs unapplied for ${config.importDryRunRetentionHours} hours: ${imports.expired.toLocaleString('en')} expired, ${imports.filesRemoved.toLocaleString('en')} files removed`,
      );
      return 0;
    });
  },
};
