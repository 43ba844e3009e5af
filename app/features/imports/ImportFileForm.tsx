import {
  Button,
  Code,
  FileInput,
  Group,
  Progress,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core';
import { useState } from 'react';

import { importColumns } from '../../../contract/imports.ts';
import type { ImportKind } from './use-import.ts';

const kinds: { value: ImportKind; label: string }[] = [
  { value: 'people', label: 'People' },
  { value: 'customers', label: 'Customers' },
  { value: 'orders', label: 'Orders' },
];

type Props = {
  onCheck: (choice: { kind: ImportKind; file: File }) => void;
  checking: boolean;
  uploadedFraction: number | null;
};

/** Which kind of file, and the file itself; the header it needs is shown before anything is sent. */
export function ImportFileForm({ onCheck, checking, uploadedFraction }: Props) {
  const [kind, setKind] = useState<ImportKind>('people');
  const [file, setFile] = useState<File | null>(null);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (file) onCheck({ kind, file });
      }}
    >
      <Stack gap="sm">
        <div>
          <Text size="sm" fw={500} id="import-kind-label" mb={4}>
            What the file holds
          </Text>
          <SegmentedControl
            aria-labelledby="import-kind-label"
            data={kinds}
            value={kind}
            onChange={(value) => setKind(value as ImportKind)}
          />
        </div>
        <Text size="sm">
          First line: <Code>{importColumns[kind].join(',')}</Code>
        </Text>
        <FileInput
          label="CSV file"
          placeholder="Choose a .csv file"
          accept=".csv,text/csv"
          value={file}
          onChange={setFile}
          clearable
        />
        {uploadedFraction !== null && (
          <Progress
            value={uploadedFraction * 100}
            aria-label="Uploaded"
            animated={uploadedFraction >= 1}
          />
        )}
        <Group>
          <Button type="submit" disabled={!file} loading={checking}>
            Check the file
          </Button>
          <Text size="sm" c="dimmed">
            Nothing is written until you apply it.
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
