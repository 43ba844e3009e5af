import type { FastifyBaseLogger } from 'fastify';

import type { Db } from '../../db/database.ts';
import { startPeriodicTask } from '../../scheduling/periodic-task.ts';
import { sendAssignmentReminders } from '../assignments/commands/send-assignment-reminders.ts';
import { sweepCertifications } from '../training/lifecycle/sweep-certifications.ts';
import { expireDryRuns } from './commands/expire-dry-runs.ts';
import { pruneExpiredData } from './commands/prune-expired-data.ts';

/** Every instance prunes every ten minutes, the first time a minute after start (the batches skip each other's rows). */
export function startHousekeepingTimer(options: {
  db: Db;
  now: () => Date;
  eventRetentionDays: number;
  loginWindowMinutes: number;
  importDryRunRetentionHours: number;
  /** This instance's import upload folder (importUploadDir). */
  importUploadDir: string;
  logger: FastifyBaseLogger;
}): { stop(): Promise<void> } {
  return startPeriodicTask({
    intervalMs: 10 * 60_000,
    firstDelayMs: 60_000,
    run: async () => {
      const pruned = await pruneExpiredData({
        db: options.db,
        now: options.now(),
        eventRetentionDays: options.eventRetentionDays,
        loginWindowMinutes: options.loginWindowMinutes,
      });
      if (Object.values(pruned).some((count) => count > 0))
        options.logger.info(pruned, 'expired data pruned');
      const imports = await expireDryRuns({
        db: options.db,
        now: options.now(),
        retentionHours: options.importDryRunRetentionHours,
        uploadDir: options.importUploadDir,
      });
      if (imports.expired > 0 || imports.filesRemoved > 0)
        options.logger.info(imports, 'unapplied import dry runs expired');
      const certifications = await sweepCertifications({ db: options.db, now: options.now() });
      if (certifications.lapsed > 0 || certifications.reminded > 0)
        options.logger.info(certifications, 'certification lapses and renewal reminders');
      const reminded = await sendAssignmentReminders({ db: options.db, now: options.now() });
      if (reminded.dueSoon > 0 || reminded.overdue > 0)
        options.logger.info(reminded, 'training assignment reminders sent');
    },
    onError: (err) => options.logger.error({ err }, 'housekeeping failed'),
  });
}
