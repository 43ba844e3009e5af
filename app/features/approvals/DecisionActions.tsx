import { Alert, Button, Group, Kbd, Stack, Text } from '@mantine/core';

import { formatMoney } from '../../../domain/money.ts';
import { ApiError } from '../../api/client.ts';
import type { DecisionMode } from './DecisionForm.tsx';

/** What the confirm button says: the choice, and for an approval the amount it approves. */
export function confirmLabelOf(
  mode: DecisionMode,
  reduced: number | null,
  asked: number,
  currency: string,
): string {
  if (mode === 'deny') return 'Deny request';
  if (mode !== 'reduce') return `Approve ${formatMoney(asked, currency)}`;
  return reduced !== null && reduced > 0
    ? `Approve ${formatMoney(reduced, currency)}`
    : 'Approve lower amount';
}

/** A refusal not about one field: someone decided first (409, and the request can leave the list), or another reason. */
export function DecisionError({ error, onDismiss }: { error: Error; onDismiss: () => void }) {
  const alreadyDecided = error instanceof ApiError && error.status === 409;
  return (
    <Alert color="red" title={alreadyDecided ? 'Already decided' : 'Not decided'}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{error.message}</Text>
        {alreadyDecided ? (
          <Button size="xs" variant="default" onClick={onDismiss}>
            Remove from list
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** Confirm, and in idle the two other choices, or once one is chosen the way back. */
export function DecisionButtons(props: {
  mode: DecisionMode;
  confirmLabel: string;
  pending: boolean;
  onModeChange: (mode: DecisionMode) => void;
  onCancel: () => void;
}) {
  const { mode, onModeChange, onCancel } = props;
  return (
    <Group gap="xs" wrap="wrap">
      <Button type="submit" color={mode === 'deny' ? 'red' : undefined} loading={props.pending}>
        {props.confirmLabel}
      </Button>
      {mode === 'idle' ? (
        <>
          <Button variant="default" onClick={() => onModeChange('reduce')}>
            Approve lower amount
          </Button>
          <Button variant="outline" color="red" onClick={() => onModeChange('deny')}>
            Deny
          </Button>
        </>
      ) : (
        <>
          <Button variant="subtle" color="gray" onClick={onCancel}>
            Cancel
          </Button>
          <Text size="xs" c="dimmed" visibleFrom="sm">
            <Kbd size="xs">Enter</Kbd> to confirm · <Kbd size="xs">Esc</Kbd> to cancel
          </Text>
        </>
      )}
    </Group>
  );
}
