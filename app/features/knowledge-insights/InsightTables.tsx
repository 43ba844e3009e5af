import { Table, Text } from '@mantine/core';

import type { Metrics } from './api-types.ts';

const day = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString() : 'never');

/** Searches on a contact that ended with no article linked: what to write next. */
export function GapsTable({ gaps }: { gaps: Metrics['gaps'] }) {
  if (gaps.length === 0)
    return <Text size="sm">Every search in the last 30 days ended in a link.</Text>;
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Search</Table.Th>
            <Table.Th>Times</Table.Th>
            <Table.Th>Last seen</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {gaps.map((gap) => (
            <Table.Tr key={gap.query}>
              <Table.Td>{gap.query}</Table.Td>
              <Table.Td>{gap.count}</Table.Td>
              <Table.Td>{day(gap.lastSeenAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function StaleTable({ stale }: { stale: Metrics['stale'] }) {
  if (stale.count === 0)
    return <Text size="sm">Every article was reused in the last 90 days.</Text>;
  return (
    <>
      <Text size="sm" mb="xs">
        {stale.count} articles not reused in 90 days
        {stale.count > stale.articles.length
          ? `; the ${stale.articles.length} longest unused:`
          : ':'}
      </Text>
      <Table.ScrollContainer minWidth={320}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Article</Table.Th>
              <Table.Th>Reused</Table.Th>
              <Table.Th>Last reused</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stale.articles.map((row) => (
              <Table.Tr key={row.article.id}>
                <Table.Td>{row.article.title}</Table.Td>
                <Table.Td>{row.reuseCount}</Table.Td>
                <Table.Td>{day(row.lastReusedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

export function ContributorsTable({ rows }: { rows: Metrics['contributors'] }) {
  if (rows.length === 0)
    return <Text size="sm">Nobody wrote or fixed an article in these dates.</Text>;
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Person</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Edits</Table.Th>
            <Table.Th>Flags resolved</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.person.id}>
              <Table.Td>{row.person.name}</Table.Td>
              <Table.Td>{row.created}</Table.Td>
              <Table.Td>{row.edits}</Table.Td>
              <Table.Td>{row.flagsResolved}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
