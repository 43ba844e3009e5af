import type { ColumnType, Generated } from 'kysely';

/** A refresher a policy change assigned to a holder of a certification (migration 20261207200000). */
export interface TrainingRefreshersTable {
  id: Generated<string>;
  organizationId: string;
  personId: string;
  certification: string;
  typeKey: string;
  policyVersion: number;
  /** The change in plain words (domain/training/policy-change-lesson.ts). */
  lesson: string;
  /** A practice situation drawn for the person under the new version; answered through the practice routes. */
  situationId: string | null;
  createdAt: ColumnType<Date, Date | string | undefined, never>;
  completedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export type LifecycleTables = { trainingRefreshers: TrainingRefreshersTable };
