import {
  Alert,
  Badge,
  Box,
  Button,
  Collapse,
  Divider,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useId, useState, type Ref } from 'react';

import { formatMoney } from '../../../domain/money.ts';
import { firstName } from '../../../domain/names.ts';
import { CustomerHistory } from './CustomerHistory.tsx';
import { DecisionForm, type DecisionMode } from './DecisionForm.tsx';
import { flagColor, humanize, segmentColor } from './labels.ts';
import type { ApprovalItem } from './types.ts';
import type { Decision, DecisionResult } from './use-approvals.ts';
import { EscalationDeadline, WaitingTime } from './WaitClocks.tsx';

type ApprovalCardProps = {
  item: ApprovalItem;
  typeLabel: string;
  myId: string;
  selected: boolean;
  isNew: boolean;
  /** Set when the request left the queue while open: someone else decided it, or the rep withdrew it. */
  goneReason: string | null;
  claimProblem: string | null;
  mode: DecisionMode;
  modeRequest: number;
  headerRef: Ref<HTMLButtonElement>;
  onToggle: () => void;
  onModeChange: (mode: DecisionMode) => void;
  onDecided: (result: DecisionResult, decision: Decision) => void;
  onCancel: () => void;
  onDismiss: () => void;
};

export function ApprovalCard(props: ApprovalCardProps) {
  const { item, selected, isNew, goneReason, myId, mode, typeLabel } = props;
  const { resolution, customer } = item;
  const [historyOpen, setHistoryOpen] = useState(false);
  const titleId = useId();
  const bodyId = useId();
  const historyId = useId();
  const claimedByOther = item.claimedBy && item.claimedBy.id !== myId ? item.claimedBy : null;

  return (
    <Paper
      component="article"
      aria-labelledby={titleId}
      withBorder
      p="md"
      shadow={selected ? 'md' : undefined}
      data-new={isNew || undefined}
      data-selected={selected || undefined}
      style={{
        borderColor: selected
          ? 'var(--mantine-color-leeway-7)'
          : isNew
            ? 'var(--mantine-color-yellow-6)'
            : undefined,
        borderWidth: selected || isNew ? 2 : undefined,
        background: isNew && !selected ? 'var(--mantine-color-yellow-0)' : undefined,
        opacity: goneReason ? 0.75 : undefined,
      }}
      // The whole card opens the request; the header button is the keyboard and screen-reader path.
      onClick={() => {
        if (!selected) props.onToggle();
      }}
    >
      <Stack gap="xs">
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Group gap="xs" wrap="wrap">
            {goneReason ? (
              <Badge variant="light" color="gray" tt="none" size="lg" radius="sm">
                no longer waiting
              </Badge>
            ) : (
              <WaitingTime since={item.createdAt} />
            )}
            {isNew ? (
              <Badge color="yellow" variant="filled" tt="none" radius="sm">
                New
              </Badge>
            ) : null}
            {item.routedToMe ? (
              <Badge color="leeway" variant="outline" tt="none" radius="sm">
                Routed to you
              </Badge>
            ) : null}
            <Text size="sm" c="dimmed">
              Needs {item.level.name}
              {item.escalations > 0 ? ` (escalated ${item.escalations}×)` : ''}
            </Text>
            {goneReason ? null : <EscalationDeadline at={item.escalatesAt} />}
          </Group>
          {claimedByOther ? (
            <Text size="sm" fw={500} c="orange.9">
              {firstName(claimedByOther.name)} is looking at this
            </Text>
          ) : item.claimedBy ? (
            <Text size="sm" c="dimmed">
              {firstName(item.requester.name)} sees you are on it
            </Text>
          ) : null}
        </Group>

        {/* The accordion pattern: a heading that holds the button which opens the request. */}
        <Title order={2} size="h3" id={titleId} lh={1.25}>
          <UnstyledButton
            ref={props.headerRef}
            onClick={(event) => {
              event.stopPropagation();
              props.onToggle();
            }}
            onKeyDown={(event) => {
              // On an open request, Enter goes to the default answer (approve, with a note) rather than closing it.
              if (event.key === 'Enter' && selected && !goneReason) {
                event.preventDefault();
                props.onModeChange('approve');
              }
            }}
            aria-expanded={selected}
            aria-controls={bodyId}
            fz="inherit"
            fw="inherit"
            lh="inherit"
            style={{ borderRadius: 'var(--mantine-radius-sm)' }}
          >
            {typeLabel} of {formatMoney(resolution.amountMinor, resolution.currency)} for{' '}
            {customer.name}
          </UnstyledButton>
        </Title>

        <Group gap="xs" wrap="wrap">
          <Text size="sm">Requested by {item.requester.name}</Text>
          <Text size="sm" c="dimmed" aria-hidden>
            ·
          </Text>
          <Badge variant="light" color={segmentColor(customer.segment)} tt="none" radius="sm">
            {humanize(customer.segment)}
          </Badge>
          <Text size="sm">
            Lifetime value{' '}
            {formatMoney(customer.lifetimeValue.amountMinor, customer.lifetimeValue.currency)}
          </Text>
          {customer.flags.map((flag) => (
            <Badge key={flag} color={flagColor(flag)} variant="filled" tt="none" radius="sm">
              {humanize(flag)}
            </Badge>
          ))}
        </Group>

        <Box>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            {firstName(item.requester.name)}'s reason
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {resolution.reason || 'No reason given.'}
          </Text>
        </Box>

        {resolution.reasons.length > 0 ? (
          <Box>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              Why it needs approval
            </Text>
            <List size="sm" spacing={2}>
              {resolution.reasons.map((reason) => (
                <List.Item key={reason}>{reason}</List.Item>
              ))}
            </List>
          </Box>
        ) : null}

        <Box>
          <Button
            variant="subtle"
            size="compact-sm"
            px={4}
            aria-expanded={historyOpen}
            aria-controls={historyId}
            onClick={(event) => {
              event.stopPropagation();
              setHistoryOpen((open) => !open);
            }}
          >
            {historyOpen ? 'Hide customer history' : 'Customer history'}
          </Button>
          <Collapse expanded={historyOpen} id={historyId}>
            <Box pt="xs">
              {historyOpen ? (
                <CustomerHistory customerId={customer.id} currentResolutionId={resolution.id} />
              ) : null}
            </Box>
          </Collapse>
        </Box>

        {props.claimProblem ? (
          <Text size="sm" c="red.8">
            {props.claimProblem}
          </Text>
        ) : null}

        <div id={bodyId}>
          {selected ? (
            <>
              <Divider mb="sm" />
              {goneReason ? (
                <Alert color="gray" title="No longer waiting">
                  <Stack gap="xs" align="flex-start">
                    <Text size="sm">{goneReason}</Text>
                    <Button size="xs" variant="default" onClick={props.onDismiss}>
                      Remove from list
                    </Button>
                  </Stack>
                </Alert>
              ) : (
                <DecisionForm
                  item={item}
                  mode={mode}
                  modeRequest={props.modeRequest}
                  onModeChange={props.onModeChange}
                  onDecided={props.onDecided}
                  onCancel={props.onCancel}
                  onDismiss={props.onDismiss}
                />
              )}
            </>
          ) : null}
        </div>
      </Stack>
    </Paper>
  );
}
