import type { ColumnType, Generated } from 'kysely';

type Moment = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** A course assigned to one person (migration 20261207300000). */
export interface TrainingAssignmentsTable {
  id: Generated<string>;
  organizationId: string;
  courseId: string;
  personId: string;
  /** The team it was assigned through; null when people were named. */
  teamId: string | null;
  dueAt: ColumnType<Date, Date | string, Date | string>;
  assignedBy: string | null;
  createdAt: ColumnType<Date, Date | string | undefined, never>;
  cancelledAt: Moment;
  cancelledBy: ColumnType<string | null, string | null | undefined, string | null>;
  remindedDueSoonAt: Moment;
  remindedOverdueAt: Moment;
}

export type AssignmentTables = { trainingAssignments: TrainingAssignmentsTable };
