import type { Generated } from 'kysely';

import type { PracticeSituation } from '../../../domain/training/practice-situation.ts';
import type { Json, Timestamp } from '../../db/columns.ts';

export type PracticeSource = 'generated' | 'picked';

/** A drawn situation (person set) or a trainer's picked template (person null); migration 20261206120000. */
export interface PracticeSituationsTable {
  id: Generated<string>;
  organizationId: string;
  personId: string | null;
  situation: Json<PracticeSituation>;
  seed: number;
  source: PracticeSource;
  fromResolutionId: string | null;
  pickedBy: string | null;
  createdAt: Generated<Date>;
  answeredAt: Timestamp | null;
  correct: boolean | null;
}

export type PracticeTables = { practiceSituations: PracticeSituationsTable };
