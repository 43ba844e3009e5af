import type { AssignmentRow } from './assignment-rows.ts';

export function presentAssignment(row: AssignmentRow) {
  return {
    id: row.id,
    course: { id: row.courseId, title: row.courseTitle },
    person: { id: row.personId, name: row.personName },
    teamId: row.teamId,
    dueAt: row.dueAt.toISOString(),
    assignedAt: row.createdAt.toISOString(),
    assignedBy:
      row.assignedBy && row.assignedByName !== null
        ? { id: row.assignedBy, name: row.assignedByName }
        : null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    status: row.status,
  };
}

export function presentExpiring(row: {
  id: string;
  personId: string;
  personName: string;
  certification: string;
  title: string | null;
  expiresAt: Date;
}) {
  return {
    id: row.id,
    person: { id: row.personId, name: row.personName },
    key: row.certification,
    title: row.title ?? row.certification,
    expiresAt: row.expiresAt.toISOString(),
  };
}
