import { Stack } from '@mantine/core';

import { Page } from '../components/Page.tsx';
import { ExportDownloads } from '../features/audit/ExportDownloads.tsx';
import { LedgerStatus } from '../features/audit/LedgerStatus.tsx';

export function AuditPage() {
  return (
    <Page
      title="Audit"
      description="The decision ledger checked end to end, and its entries and the resolutions to download."
    >
      <Stack maw={900} gap="lg">
        <LedgerStatus />
        <ExportDownloads />
      </Stack>
    </Page>
  );
}
