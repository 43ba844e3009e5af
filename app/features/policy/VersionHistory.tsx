import { Alert, Badge, Loader, Table, Text } from '@mantine/core';

import { formatDateTime } from './dates.ts';
import { usePolicyVersions } from './use-policy.ts';

export function VersionHistory({
  timeZone,
  inForce,
}: {
  timeZone: string;
  inForce: number | null;
}) {
  const versions = usePolicyVersions();
  if (versions.isPending) return <Loader size="sm" role="status" aria-label="Loading versions" />;
  if (versions.isError)
    return (
      <Alert color="red" title="Could not load the history">
        {versions.error.message}
      </Alert>
    );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" aria-label="Policy versions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>Version</Table.Th>
            <Table.Th w={120}>Status</Table.Th>
            <Table.Th w={200}>Published</Table.Th>
            <Table.Th>Note</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.data.map((v) => (
            <VersionRow key={v.version} v={v} timeZone={timeZone} inForce={inForce} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

type PolicyVersion = NonNullable<ReturnType<typeof usePolicyVersions>['data']>[number];

function VersionRow({
  v,
  timeZone,
  inForce,
}: {
  v: PolicyVersion;
  timeZone: string;
  inForce: number | null;
}) {
  return (
    <Table.Tr>
      <Table.Td fw={600}>{v.version}</Table.Td>
      <Table.Td>
        {v.status === 'draft' ? (
          <Badge color="blue" variant="light">
            Draft
          </Badge>
        ) : v.version === inForce ? (
          <Badge color="leeway">In force</Badge>
        ) : (
          <Badge color="gray" variant="light">
            Superseded
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {v.publishedAt ? (
          <>
            <Text size="sm">{formatDateTime(v.publishedAt, timeZone)}</Text>
            {v.publishedBy ? (
              <Text size="xs" c="dimmed">
                by {v.publishedBy}
                {v.approvedBy ? `, agreed by ${v.approvedBy}` : ''}
              </Text>
            ) : null}
            {v.selfAffecting ? (
              <Badge
                color="orange"
                variant="light"
                title="It raised its publisher's own authority, and no second admin could agree"
              >
                Raised the publisher’s own authority
              </Badge>
            ) : null}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            Not yet
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{v.note || '—'}</Text>
      </Table.Td>
    </Table.Tr>
  );
}
