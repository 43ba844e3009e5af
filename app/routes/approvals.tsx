import { Alert, Badge, Grid, Loader, Stack, Tabs, VisuallyHidden } from '@mantine/core';
import { useMemo, useState, type ComponentProps } from 'react';

import { Page } from '../components/Page.tsx';
import { ApprovalQueue } from '../features/approvals/ApprovalQueue.tsx';
import { AvailabilityPanel } from '../features/approvals/AvailabilityPanel.tsx';
import { DecidedList } from '../features/approvals/DecidedList.tsx';
import { KeyboardHints } from '../features/approvals/KeyboardHints.tsx';
import { QueueToolbar, useSoundPreference } from '../features/approvals/QueueToolbar.tsx';
import { usePendingApprovals } from '../features/approvals/use-approvals.ts';
import { useTypeLabel } from '../features/approvals/use-customer-history.ts';
import { useLiveQueue } from '../features/approvals/use-live-queue.ts';
import { useSession } from '../features/auth/session.ts';

type Tab = 'waiting' | 'decided';

function WaitingCount({ count }: { count: number }) {
  return (
    <Badge
      size="sm"
      variant={count > 0 ? 'filled' : 'light'}
      color={count > 0 ? 'yellow' : 'gray'}
      c={count > 0 ? 'dark' : undefined}
      circle
    >
      {count}
    </Badge>
  );
}

/** The queue once loaded; a failed refresh leaves the list shown, marked as possibly out of date. */
function WaitingPanel({
  pending,
  ...queue
}: Omit<ComponentProps<typeof ApprovalQueue>, 'items'> & {
  pending: ReturnType<typeof usePendingApprovals>;
}) {
  return (
    <>
      {pending.data ? (
        <ApprovalQueue items={pending.data} {...queue} />
      ) : pending.isError ? (
        <Alert color="red" title="Could not load the requests">
          {pending.error.message}
        </Alert>
      ) : (
        <Loader size="sm" role="status" aria-label="Loading requests" />
      )}
      {pending.data && pending.isError ? (
        <Alert color="orange" mt="sm" title="Could not refresh">
          {pending.error.message} The list above may be out of date.
        </Alert>
      ) : null}
    </>
  );
}

export function ApprovalsPage() {
  const { person } = useSession();
  const [tab, setTab] = useState<Tab>('waiting');
  const [sound, setSound] = useSoundPreference();
  const pending = usePendingApprovals();
  const live = useLiveQueue({ myId: person.id, sound });
  const typeLabel = useTypeLabel();
  const count = pending.data?.length ?? 0;
  const me = useMemo(() => ({ id: person.id, name: person.name }), [person.id, person.name]);

  return (
    <Page
      title="Approvals"
      documentTitle={count > 0 ? `(${count}) Approvals` : 'Approvals'}
      description="Requests beyond a rep’s own authority, longest waiting first. The customer is usually still on the line."
    >
      <QueueToolbar sound={sound} onSoundChange={setSound} />
      <VisuallyHidden aria-live="polite">
        {pending.data ? `${count === 1 ? '1 request' : `${count} requests`} waiting` : ''}
      </VisuallyHidden>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Tabs
            value={tab}
            onChange={(value) => setTab(value === 'decided' ? 'decided' : 'waiting')}
          >
            <Tabs.List mb="sm">
              <Tabs.Tab
                value="waiting"
                rightSection={pending.data ? <WaitingCount count={count} /> : null}
              >
                Waiting
              </Tabs.Tab>
              <Tabs.Tab value="decided">Decided by me</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="waiting">
              <WaitingPanel
                pending={pending}
                me={me}
                live={live}
                typeLabel={typeLabel}
                active={tab === 'waiting'}
              />
            </Tabs.Panel>
            <Tabs.Panel value="decided">
              <DecidedList active={tab === 'decided'} typeLabel={typeLabel} />
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <AvailabilityPanel myId={person.id} />
            <KeyboardHints />
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
}
