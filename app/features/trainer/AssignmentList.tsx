import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';

import { LoadMore } from '../../components/LoadMore.tsx';
import { dueLabel, formatDate } from '../training/format.ts';
import type { Assignment } from './api-types.ts';
import { useAssignments, useCancelAssignment } from './use-trainer-actions.ts';

const statusLabels: Record<Assignment['status'], { label: string; color: string }> = {
  not_started: { label: 'Not started', color: 'gray' },
  in_progress: { label: 'In progress', color: 'blue' },
  done: { label: 'Done', color: 'green' },
  overdue: { label: 'Overdue', color: 'red' },
  cancelled: { label: 'Cancelled', color: 'gray' },
};

/** The assignments made, newest first, each with its status and, while open, a Cancel button. */
export function AssignmentList() {
  const list = useAssignments();
  if (list.isPending) return <Loader size="sm" role="status" aria-label="Loading assignments" />;
  if (list.isError) return <Alert color="red">{list.error?.message}</Alert>;
  if (list.rows.length === 0) return <Text c="dimmed">No course is assigned yet.</Text>;
  return (
    <Stack gap="sm">
      <Stack component="ul" gap={6} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.rows.map((a) => (
          <AssignmentRow key={a.id} assignment={a} />
        ))}
      </Stack>
      <LoadMore list={list} label="Load more assignments" />
    </Stack>
  );
}

function AssignmentRow({ assignment: a }: { assignment: Assignment }) {
  const cancel = useCancelAssignment();
  const status = statusLabels[a.status];
  const open = a.status !== 'done' && a.status !== 'cancelled';
  return (
    <Paper
      component="li"
      withBorder
      p="xs"
      radius="sm"
      aria-label={`${a.person.name}: ${a.course.title}`}
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Stack gap={0}>
          <Text size="sm">
            <strong>{a.person.name}</strong>: {a.course.title}
          </Text>
          <Text size="xs" c="dimmed">
            Due {formatDate(a.dueAt)}
            {open ? ` (${dueLabel(a.dueAt, new Date())})` : ''}, assigned {formatDate(a.assignedAt)}
            {a.assignedBy ? ` by ${a.assignedBy.name}` : ''}
          </Text>
        </Stack>
        <Group gap="xs">
          <Badge color={status.color} variant="light">
            {status.label}
          </Badge>
          {open ? (
            <Button
              size="xs"
              variant="default"
              loading={cancel.isPending}
              onClick={() => cancel.mutate(a.id)}
              aria-label={`Cancel ${a.course.title} for ${a.person.name}`}
            >
              Cancel
            </Button>
          ) : null}
        </Group>
      </Group>
      {cancel.isError ? (
        <Text size="sm" c="red" role="alert" mt={4}>
          {cancel.error.message}
        </Text>
      ) : null}
    </Paper>
  );
}
