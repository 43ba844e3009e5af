import { Table, Text } from '@mantine/core';

import type { ImportRecord } from './use-import.ts';

/** Every bad cell by line and column, so the file can be fixed where it is kept. */
export function ImportErrors({ record }: { record: ImportRecord }) {
  if (record.errorCount === 0) return null;
  return (
    <div>
      <Table.ScrollContainer minWidth={360}>
        <Table striped captionSide="top">
          <Table.Caption>
            {record.errors.length < record.errorCount
              ? `The first ${record.errors.length} of ${record.errorCount.toLocaleString()} problems`
              : 'Problems to fix in the file'}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Line</Table.Th>
              <Table.Th scope="col">Column</Table.Th>
              <Table.Th scope="col">Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {record.errors.map((error, index) => (
              <Table.Tr key={`${error.line}-${error.column}-${index}`}>
                <Table.Td>{error.line}</Table.Td>
                <Table.Td>
                  <Text span ff="monospace" size="sm">
                    {error.column}
                  </Text>
                </Table.Td>
                <Table.Td>{error.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
