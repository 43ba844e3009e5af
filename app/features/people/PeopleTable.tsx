import { Badge, Group, Table, Text } from '@mantine/core';
import type { Person } from '../../api/types.ts';
import { roleLabels } from './role-labels.ts';

const notSet = (
  <Text span c="dimmed" size="sm">
    —
  </Text>
);

export function PeopleTable({ people }: { people: readonly Person[] }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Level</Table.Th>
            <Table.Th>Team</Table.Th>
            <Table.Th>Manager</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" fw={500}>
                    {person.name}
                  </Text>
                  {person.active ? null : (
                    <Badge color="gray" variant="light" size="sm">
                      Inactive
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{person.email}</Table.Td>
              <Table.Td>{roleLabels[person.role]}</Table.Td>
              <Table.Td>{person.level?.name ?? notSet}</Table.Td>
              <Table.Td>{person.team?.name ?? notSet}</Table.Td>
              <Table.Td>{person.manager?.name ?? notSet}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
