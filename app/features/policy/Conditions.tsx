import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';

import type { Condition, PolicyDocument } from '../../../domain/authority/policy.ts';
import { describeCheck } from './policy-diff.ts';
import type { IssueIndex, PlacedIssue } from './policy-issues.ts';

type ConditionsProps = {
  doc: PolicyDocument;
  published: PolicyDocument;
  issues: IssueIndex;
  onEdit: (index: number) => void;
  onAdd: () => void;
};

export function Conditions({ doc, published, issues, onEdit, onAdd }: ConditionsProps) {
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Checked before any limit: when one fails, the request needs a higher level, or nobody may
          grant it.
        </Text>
        <Button onClick={onAdd}>Add condition</Button>
      </Group>
      {doc.conditions.length === 0 ? (
        <Paper withBorder p="lg">
          <Text c="dimmed">No conditions: every request is judged on limits alone.</Text>
        </Paper>
      ) : null}
      {doc.conditions.map((c, index) => (
        <ConditionCard
          key={c.id || index}
          condition={c}
          doc={doc}
          problems={issues.byCondition.get(index) ?? []}
          before={published.conditions.find((p) => p.id === c.id)}
          onEdit={() => onEdit(index)}
        />
      ))}
      {published.conditions
        .filter((p) => !doc.conditions.some((c) => c.id === p.id))
        .map((p) => (
          <Paper key={p.id} withBorder p="md" style={{ borderStyle: 'dashed' }}>
            <Text size="sm" c="dimmed" td="line-through">
              {p.description}
            </Text>
            <Text size="xs" c="dimmed">
              Removed in this draft
            </Text>
          </Paper>
        ))}
    </Stack>
  );
}

function ConditionCard(props: {
  condition: Condition;
  doc: PolicyDocument;
  problems: readonly PlacedIssue[];
  before: Condition | undefined;
  onEdit: () => void;
}) {
  const { condition: c, doc, problems, before, onEdit } = props;
  const typeLabel = (key: string) => doc.resolutionTypes.find((t) => t.key === key)?.label ?? key;
  const levelName = (key: string) => doc.levels.find((l) => l.key === key)?.name ?? key;
  const state = !before ? 'New' : JSON.stringify(before) !== JSON.stringify(c) ? 'Changed' : null;
  return (
    <Paper
      withBorder
      p="md"
      bg={problems.length > 0 ? 'red.0' : undefined}
      style={problems.length > 0 ? { borderColor: 'var(--mantine-color-red-7)' } : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap={6}>
            <Text fw={600} size="sm">
              {c.description}
            </Text>
            {state ? (
              <Badge size="xs" color="blue" variant="light">
                {state}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            Applies to {c.types.length === 0 ? 'every type' : c.types.map(typeLabel).join(', ')} ·
            passes when {describeCheck(c.check)} · when it fails,{' '}
            {c.whenFails.outcome === 'not_allowed'
              ? 'nobody may grant it'
              : `${levelName(c.whenFails.level)} or above decides`}
          </Text>
          {problems.map((p) => (
            <Text key={p.message} size="xs" c="red.8">
              {p.message}
            </Text>
          ))}
        </Stack>
        <Button
          size="xs"
          variant="light"
          onClick={onEdit}
          aria-label={`Edit condition: ${c.description}`}
        >
          Edit
        </Button>
      </Group>
    </Paper>
  );
}
