import { CloseButton, Group, Paper, Stack, Text } from '@mantine/core';

import type { Ref } from '../../api/types.ts';
import { ApprovalCard } from './ApprovalCard.tsx';
import type { ApprovalItem } from './types.ts';
import { useApprovalQueue } from './use-approval-queue.ts';
import type { LiveQueue } from './use-live-queue.ts';

type ApprovalQueueProps = {
  items: ApprovalItem[];
  me: Ref;
  live: LiveQueue;
  typeLabel: (type: string) => string;
  /** Only the visible tab listens to the keyboard. */
  active: boolean;
};

/** What the approver just did, in a live region so a screen reader hears it. */
function QueueNotice({ notice, onDismiss }: { notice: string | null; onDismiss: () => void }) {
  return (
    <div role="status">
      {notice ? (
        <Paper
          withBorder
          p="sm"
          bg="leeway.0"
          style={{ borderColor: 'var(--mantine-color-leeway-3)' }}
        >
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm">{notice}</Text>
            <CloseButton size="sm" aria-label="Dismiss message" onClick={onDismiss} />
          </Group>
        </Paper>
      ) : null}
    </div>
  );
}

function EmptyQueue() {
  return (
    <Paper withBorder p="lg">
      <Text fw={500}>No requests are waiting for you.</Text>
      <Text size="sm" c="dimmed" mt={4}>
        When a rep asks for more than their authority allows, the request appears here at once, and
        the tab title shows how many are waiting.
      </Text>
    </Paper>
  );
}

export function ApprovalQueue({ items, me, live, typeLabel, active }: ApprovalQueueProps) {
  const queue = useApprovalQueue({ items, me, live, active });

  return (
    <Stack gap="sm">
      <QueueNotice notice={queue.notice} onDismiss={queue.dismissNotice} />
      {queue.shown.length === 0 ? (
        <EmptyQueue />
      ) : (
        <Stack
          gap="sm"
          component="ul"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label="Waiting requests, longest waiting first"
        >
          {queue.shown.map((item) => (
            <li key={item.id}>
              <ApprovalCard
                item={item}
                typeLabel={typeLabel(item.resolution.type)}
                myId={me.id}
                selected={item.id === queue.selectedId}
                isNew={live.newIds.has(item.id)}
                goneReason={queue.goneReasonOf(item)}
                claimProblem={queue.claimProblems.get(item.id) ?? null}
                mode={item.id === queue.selectedId ? queue.mode : 'idle'}
                modeRequest={queue.modeRequest}
                headerRef={queue.headerRef(item.id)}
                onToggle={() => queue.toggle(item.id)}
                onModeChange={queue.setMode}
                onDecided={queue.decided(item)}
                onCancel={queue.cancel}
                onDismiss={() => queue.dismiss(item.id)}
              />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
