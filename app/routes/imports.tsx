import { Alert, Card, Stack } from '@mantine/core';

import { Page } from '../components/Page.tsx';
import { ImportFileForm } from '../features/imports/ImportFileForm.tsx';
import { ImportReport } from '../features/imports/ImportReport.tsx';
import { useImport } from '../features/imports/use-import.ts';

export function ImportsPage() {
  const flow = useImport();
  return (
    <Page
      title="Import"
      description="Bring in people, customers and orders from a CSV file: checked first, then applied whole."
    >
      <Stack maw={900} gap="lg">
        {flow.record ? (
          <ImportReport
            record={flow.record}
            onApply={() => flow.apply.mutate(flow.record!.id)}
            applying={flow.apply.isPending}
            applyError={flow.apply.error}
            applyProgress={flow.applyProgress}
            onAnother={flow.reset}
          />
        ) : (
          <Card withBorder padding="lg">
            <ImportFileForm
              onCheck={(choice) => flow.check.mutate(choice)}
              checking={flow.check.isPending}
              uploadedFraction={flow.uploadedFraction}
            />
            {flow.check.error && (
              <Alert color="red" title="The file was not checked" mt="md">
                {flow.check.error.message}
              </Alert>
            )}
          </Card>
        )}
      </Stack>
    </Page>
  );
}
