import { Alert, Badge, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';

import { ImportCounts } from './ImportCounts.tsx';
import { ImportErrors } from './ImportErrors.tsx';
import { InviteImported } from './InviteImported.tsx';
import type { ImportRecord } from './use-import.ts';

type Props = {
  record: ImportRecord;
  onApply: () => void;
  applying: boolean;
  applyError: Error | null;
  applyProgress: ImportRecord['progress'];
  onAnother: () => void;
};

const statusLabels = {
  dry_run: 'Dry run',
  applying: 'Applying',
  applied: 'Applied',
  expired: 'Expired',
} as const;

/** The dry run's report, the button that applies it, and the result. */
export function ImportReport(props: Props) {
  const { record, applying } = props;
  const applied = record.status === 'applied';
  const expired = record.status === 'expired';
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4">
            {record.fileName}
          </Title>
          <Badge color={applied ? 'teal.8' : 'gray.7'} variant="filled">
            {statusLabels[record.status]}
          </Badge>
        </Group>
        <Text size="sm">
          {record.rows.toLocaleString()} {record.rows === 1 ? 'row' : 'rows'} of {record.kind}.{' '}
          {applied ? 'Written:' : 'Applying it would write:'}
        </Text>
        <ImportCounts record={record} />
        <ImportErrors record={record} />
        {props.applyError && (
          <Alert color="red" title="Not applied">
            {props.applyError.message}
          </Alert>
        )}
        {applying && <ApplyProgress record={record} progress={props.applyProgress} />}
        {applied && record.kind === 'people' && <InviteImported record={record} />}
        <Group>
          {!applied && (
            <Button
              onClick={props.onApply}
              loading={applying}
              disabled={record.errorCount > 0 || expired}
              color="teal.8"
            >
              Apply
            </Button>
          )}
          <Button variant="default" onClick={props.onAnother} disabled={applying}>
            {applied ? 'Import another file' : 'Choose another file'}
          </Button>
        </Group>
        {expired && (
          <Text size="sm">
            This dry run waited too long and its rows were removed: check the file again.
          </Text>
        )}
        {!applied && !expired && record.errorCount > 0 && (
          <Text size="sm">
            Fix the rows above and check the file again; it applies whole or not at all.
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function ApplyProgress({
  record,
  progress,
}: {
  record: ImportRecord;
  progress: ImportRecord['progress'];
}) {
  const read = progress?.rowsRead ?? 0;
  const fraction = record.rows > 0 ? Math.min(1, read / record.rows) : 0;
  return (
    <div>
      <Progress value={fraction * 100} aria-label="Applied so far" animated />
      <Text size="sm" mt={4} role="status">
        {read.toLocaleString()} of {record.rows.toLocaleString()} rows written
      </Text>
    </div>
  );
}
