import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import type { MyTraining } from './api-types.ts';
import { dueLabel, formatDate } from './format.ts';

type Assignment = MyTraining['assignments'][number];

const statusLabels: Record<Assignment['status'], { label: string; color: string }> = {
  not_started: { label: 'Not started', color: 'gray' },
  in_progress: { label: 'In progress', color: 'blue' },
  done: { label: 'Done', color: 'green' },
  overdue: { label: 'Overdue', color: 'red' },
  cancelled: { label: 'Cancelled', color: 'gray' },
};

/** The courses I was asked to take, open ones first (as the server orders them), with due dates. */
export function AssignmentList({ assignments, now }: { assignments: Assignment[]; now: Date }) {
  const shown = assignments.filter((a) => a.status !== 'cancelled');
  if (shown.length === 0) return <Text c="dimmed">Nobody has assigned you a course.</Text>;
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {shown.map((a) => {
        const status = statusLabels[a.status];
        return (
          <Group key={a.id} component="li" justify="space-between" wrap="wrap" gap="xs">
            <div>
              <Anchor component={Link} to={`/training?course=${a.courseId}`} fw={600}>
                {a.courseTitle}
              </Anchor>
              <Text size="sm" c="dimmed">
                Due {formatDate(a.dueAt)}
                {a.status === 'done' ? '' : ` (${dueLabel(a.dueAt, now)})`}
              </Text>
            </div>
            <Badge color={status.color} variant="light">
              {status.label}
            </Badge>
          </Group>
        );
      })}
    </Stack>
  );
}
