import { Badge, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

import type { Person } from '../../api/types.ts';
import { roleLabels } from './role-labels.ts';

const notSet = (
  <Text span c="dimmed" size="sm">
    —
  </Text>
);

/** `renderActions` adds a last column (an admin's "Edit"), so the table itself stays read-only. */
export function PeopleTable({
  people,
  renderActions,
}: {
  people: readonly Person[];
  renderActions?: (person: Person) => ReactNode;
}) {
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
            {renderActions ? (
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            ) : null}
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
              {renderActions ? <Table.Td>{renderActions(person)}</Table.Td> : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
