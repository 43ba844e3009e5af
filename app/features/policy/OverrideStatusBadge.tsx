import { Badge } from '@mantine/core';

import type { OverrideStatus } from './dates.ts';

const looks: Record<OverrideStatus, { color: string; label: string }> = {
  active: { color: 'leeway', label: 'Active' },
  scheduled: { color: 'blue', label: 'Scheduled' },
  expired: { color: 'gray', label: 'Expired' },
  unpublished: { color: 'blue', label: 'Not yet published' },
};

export function OverrideStatusBadge({ status }: { status: OverrideStatus }) {
  const look = looks[status];
  return (
    <Badge color={look.color} variant={status === 'active' ? 'filled' : 'light'}>
      {look.label}
    </Badge>
  );
}
