import { Group, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';

import { stateLabels, type ArticleDetail, type Diff } from './api-types.ts';
import { useDiff } from './use-knowledge.ts';

const fieldLabels: Record<Diff['fields'][number]['field'], string> = {
  title: 'Title',
  problem: 'Problem',
  context: 'Context',
  resolution: 'Resolution',
  cause: 'Cause',
  visibility: 'Visibility',
  state: 'State',
  typeKeys: 'Resolution types',
  tags: 'Tags',
};

const partStyle = {
  added: { background: 'var(--mantine-color-green-0)', textDecoration: 'none' },
  removed: { background: 'var(--mantine-color-red-0)' },
  equal: {},
} as const;

/** One field's line diff: removed lines struck through, added ones marked, both named for screen readers. */
function DiffView({ diff }: { diff: Diff }) {
  const changed = diff.fields.filter((f) => f.changed);
  if (changed.length === 0) return <Text size="sm">Nothing changed between these versions.</Text>;
  return (
    <Stack gap="sm">
      {changed.map((field) => (
        <div key={field.field}>
          <Text size="sm" fw={600}>
            {fieldLabels[field.field]}
          </Text>
          <div style={{ whiteSpace: 'pre-wrap', fontSize: 'var(--mantine-font-size-sm)' }}>
            {field.parts.map((part, i) =>
              part.op === 'added' ? (
                <ins key={i} style={partStyle.added} aria-label={`Added: ${part.lines.join(' ')}`}>
                  {part.lines.join('\n')}
                  {'\n'}
                </ins>
              ) : part.op === 'removed' ? (
                <del key={i} style={partStyle.removed}>
                  {part.lines.join('\n')}
                  {'\n'}
                </del>
              ) : (
                <span key={i}>
                  {part.lines.join('\n')}
                  {'\n'}
                </span>
              ),
            )}
          </div>
        </div>
      ))}
    </Stack>
  );
}

/** Every saved version with its author, and a diff between any two. */
export function VersionHistory({ detail }: { detail: ArticleDetail }) {
  const latest = detail.article.version;
  const [from, setFrom] = useState(Math.max(1, latest - 1));
  const [to, setTo] = useState(latest);
  const diff = useDiff(detail.article.id, from, to);
  const options = detail.versions.map((v) => ({
    value: String(v.version),
    label: `v${v.version}`,
  }));
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Versions
      </Title>
      <Table.ScrollContainer minWidth={320}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Version</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>By</Table.Th>
              <Table.Th>Saved</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.versions.map((v) => (
              <Table.Tr key={v.version}>
                <Table.Td>v{v.version}</Table.Td>
                <Table.Td>{stateLabels[v.state]}</Table.Td>
                <Table.Td>{v.author?.name ?? 'The system'}</Table.Td>
                <Table.Td>{new Date(v.createdAt).toLocaleString()}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {latest > 1 ? (
        <>
          <Group gap="xs" align="flex-end">
            <NativeSelect
              label="Compare"
              data={options}
              value={String(from)}
              onChange={(e) => setFrom(Number(e.currentTarget.value))}
            />
            <NativeSelect
              label="with"
              data={options}
              value={String(to)}
              onChange={(e) => setTo(Number(e.currentTarget.value))}
            />
          </Group>
          {to <= from ? (
            <Text size="sm" c="dimmed">
              Pick an older version first and a newer one second.
            </Text>
          ) : diff.isError ? (
            <Text size="sm" c="red.8">
              {diff.error.message}
            </Text>
          ) : diff.data ? (
            <DiffView diff={diff.data} />
          ) : (
            <Loader size="xs" role="status" aria-label="Comparing versions" />
          )}
        </>
      ) : null}
    </Stack>
  );
}
