import type { FastifyBaseLogger } from 'fastify';

import type { Db } from '../../db/database.ts';
import { startPeriodicTask } from '../../scheduling/periodic-task.ts';
import { escalateOverdueApprovals } from './commands/escalate-overdue-approvals.ts';

/**
 * Every instance sweeps overdue approvals once a second (SKIP LOCKED shares the work), so a request
 * nobody answers moves up within a second of its time-out, however many instances run.
 */
export function startEscalationTimer(options: {
  db: Db;
  now: () => Date;
  logger: FastifyBaseLogger;
}): { stop(): Promise<void> } {
  return startPeriodicTask({
    intervalMs: 1_000,
    run: async () => {
      const moved = await escalateOverdueApprovals({ db: options.db, now: options.now() });
      if (moved > 0) options.logger.info({ moved }, 'approvals escalated');
    },
    onError: (err) => options.logger.error({ err }, 'escalation sweep failed'),
  });
}
