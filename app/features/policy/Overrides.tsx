import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';

import type { Override, PolicyDocument } from '../../../domain/authority/policy.ts';
import { overridePeriod, overrideStatusIn, type OverrideStatus } from './dates.ts';
import { OverrideStatusBadge } from './OverrideStatusBadge.tsx';
import { describeOverrideLimits } from './policy-diff.ts';
import type { IssueIndex } from './policy-issues.ts';

type OverridesProps = {
  doc: PolicyDocument;
  published: PolicyDocument;
  issues: IssueIndex;
  timeZone: string;
  onEdit: (id: string) => void;
  onAdd: () => void;
};

export function Overrides({ doc, published, issues, timeZone, onEdit, onAdd }: OverridesProps) {
  const now = Date.now();
  // Active ones first, then those waiting (for their date or for publishing), then the expired ones kept for the record.
  const rank: Record<OverrideStatus, number> = {
    active: 0,
    unpublished: 1,
    scheduled: 2,
    expired: 3,
  };
  const status = (o: (typeof doc.overrides)[number]) =>
    overrideStatusIn(o, published.overrides, now);
  const rows = [...doc.overrides].sort(
    (a, b) => rank[status(a)] - rank[status(b)] || a.startsAt.localeCompare(b.startsAt),
  );
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          One person's limits for one type, for a set period: cover for an absent approver, a
          trainee's first week.
        </Text>
        <Button onClick={onAdd}>Add override</Button>
      </Group>
      {rows.length === 0 ? (
        <Paper withBorder p="lg">
          <Text c="dimmed">
            No personal overrides. Everyone decides within their level's limits.
          </Text>
        </Paper>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" aria-label="Personal overrides">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Person</Table.Th>
                <Table.Th>Type</Table.Th>
                <Table.Th>Limits</Table.Th>
                <Table.Th>Period</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((o) => (
                <OverrideRow
                  key={o.id}
                  override={o}
                  {...{ doc, published, issues, timeZone, onEdit }}
                  status={status(o)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function OverrideRow({
  override: o,
  doc,
  published,
  issues,
  timeZone,
  status,
  onEdit,
}: Omit<OverridesProps, 'onAdd'> & { override: Override; status: OverrideStatus }) {
  const problems = issues.byOverride.get(o.id) ?? [];
  const before = published.overrides.find((p) => p.id === o.id);
  const changed = before !== undefined && JSON.stringify(before) !== JSON.stringify(o);
  const typeLabel = doc.resolutionTypes.find((t) => t.key === o.type)?.label ?? o.type;
  return (
    <Table.Tr bg={problems.length > 0 ? 'red.0' : undefined}>
      <Table.Td>
        <Group gap={6}>
          <Text size="sm" fw={600}>
            {o.personName || o.personId}
          </Text>
          {changed ? (
            <Badge size="xs" color="blue" variant="light">
              Changed in draft
            </Badge>
          ) : null}
        </Group>
        {o.note ? (
          <Text size="xs" c="dimmed">
            {o.note}
          </Text>
        ) : null}
        {problems.map((p) => (
          <Text key={p.message} size="xs" c="red.8">
            {p.message}
          </Text>
        ))}
      </Table.Td>
      <Table.Td>{typeLabel}</Table.Td>
      <Table.Td>
        <Text size="sm">{describeOverrideLimits(o, doc.currency)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{overridePeriod(o, timeZone)}</Text>
      </Table.Td>
      <Table.Td>
        <OverrideStatusBadge status={status} />
      </Table.Td>
      <Table.Td>
        <Button
          size="xs"
          variant="light"
          onClick={() => onEdit(o.id)}
          aria-label={`Edit override for ${o.personName || o.personId} on ${typeLabel}`}
        >
          Edit
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
