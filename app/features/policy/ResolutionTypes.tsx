import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';

import type { PolicyDocument, ResolutionType } from '../../../domain/authority/policy.ts';
import { formatMoney } from '../../../domain/money.ts';
import type { IssueIndex, PlacedIssue } from './policy-issues.ts';

type ResolutionTypesProps = {
  doc: PolicyDocument;
  published: PolicyDocument;
  issues: IssueIndex;
  onEdit: (key: string) => void;
  onAdd: () => void;
};

const firstLine = (text: string) =>
  text
    .split('\n')
    .find((l) => l.trim() !== '')
    ?.trim() ?? '';

export function ResolutionTypes({ doc, published, issues, onEdit, onAdd }: ResolutionTypesProps) {
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          What reps may do for a customer, with the guidelines they see while doing it.
        </Text>
        <Button onClick={onAdd}>Add resolution type</Button>
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="sm" highlightOnHover aria-label="Resolution types">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Type</Table.Th>
              <Table.Th>Guidelines</Table.Th>
              <Table.Th w={110}>Reason</Table.Th>
              <Table.Th w={130}>Cost</Table.Th>
              <Table.Th w={100}>Window</Table.Th>
              <Table.Th w={80}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {doc.resolutionTypes.map((t) => (
              <TypeRow
                key={t.key}
                t={t}
                currency={doc.currency}
                problems={issues.byType.get(t.key) ?? []}
                isNew={!published.resolutionTypes.some((p) => p.key === t.key)}
                onEdit={() => onEdit(t.key)}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function TypeRow(props: {
  t: ResolutionType;
  currency: string;
  problems: readonly PlacedIssue[];
  isNew: boolean;
  onEdit: () => void;
}) {
  const { t, currency, problems, isNew, onEdit } = props;
  return (
    <Table.Tr bg={problems.length > 0 ? 'red.0' : undefined}>
      <Table.Td>
        <Group gap={6}>
          <Text size="sm" fw={600}>
            {t.label}
          </Text>
          {isNew ? (
            <Badge size="xs" color="blue" variant="light">
              New
            </Badge>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed" ff="monospace">
          {t.key}
        </Text>
        {problems.map((p) => (
          <Text key={p.message} size="xs" c="red.8">
            {p.message}
          </Text>
        ))}
      </Table.Td>
      <Table.Td>
        <Text size="sm" lineClamp={2}>
          {firstLine(t.guidelines) || (
            <Text span c="dimmed">
              None yet
            </Text>
          )}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t.reasonRequired ? 'Required' : 'Optional'}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {t.cost.kind === 'fixed'
            ? `Fixed ${formatMoney(t.cost.amountMinor, currency)}`
            : 'Rep chooses'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t.customerWindowDays} days</Text>
      </Table.Td>
      <Table.Td>
        <Button size="xs" variant="light" onClick={onEdit} aria-label={`Edit ${t.label}`}>
          Edit
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
