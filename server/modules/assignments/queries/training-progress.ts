import type { Db } from '../../../db/database.ts';
import { certificationCoverage } from './certification-coverage.ts';
import { expiringCertifications } from './expiring-certifications.ts';
import { questionStats } from './question-stats.ts';
import { teamProgress } from './team-progress.ts';

const LIMIT = 100;

/** The trainer's progress page: each figure its own SQL aggregate, each bounded. */
export async function trainingProgress(options: {
  db: Db;
  organizationId: string;
  now: Date;
  team?: string | undefined;
  courseId?: string | undefined;
}) {
  const [teams, coverage, expiring, questions] = await Promise.all([
    teamProgress(options),
    certificationCoverage(options),
    expiringCertifications({ ...options, limit: LIMIT }),
    questionStats({ ...options, limit: LIMIT }),
  ]);
  return { teams, coverage, expiring: expiring.first, questions };
}
