import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/database.ts';
import { escalateOverdueApprovals } from './commands/escalate-overdue-approvals.ts';

const INTERVAL_MS = 1_000;

/**
 * Every instance sweeps overdue approvals once a second (SKIP LOCKED shares the work), so a request
 * nobody answers moves up within a second of its time-out, however many instances run.
 */
export function startEscalationTimer(options: { db: Db; now: () => Date; logger: FastifyBaseLogger }): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        const moved = await escalateOverdueApprovals({ db: options.db, now: options.now() });
        if (moved > 0) options.logger.info({ moved }, 'approvals escalated');
      } catch (err) {
        options.logger.error({ err }, 'escalation sweep failed');
      }
    });
  }, INTERVAL_MS);
  timer.unref();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
