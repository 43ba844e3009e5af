import { Alert, Badge, Button, Group, List, Loader, Paper, Stack, Text } from '@mantine/core';

import type { Outcome } from '../../../domain/authority/decide.ts';
import { formatMoney } from '../../../domain/money.ts';
import type { ApprovalSummary, Resolution } from './api-types.ts';
import { stopwatch } from './format.ts';
import { article } from './preview.ts';
import { useNow } from './use-now.ts';
import { useWithdrawRequest } from './use-resolutions.ts';

type RequestStatusProps = {
  resolution: Resolution | null;
  notice: string | null;
  /** What the preview said when the rep submitted, to notice when the server saw it differently. */
  previewOutcome: Outcome | null;
  sending: boolean;
  sendError: string | null;
  labelOf: (type: string) => string;
};

function shortHash(hash: string): string {
  return hash.length > 12 ? `${hash.slice(0, 12)}…` : hash;
}

function Waiting({
  resolution,
  approval,
  labelOf,
}: {
  resolution: Resolution;
  approval: ApprovalSummary;
  labelOf: (type: string) => string;
}) {
  const now = useNow(1000);
  const withdraw = useWithdrawRequest();
  const level = approval.level.name;
  const escalatesIn = approval.escalatesAt ? Date.parse(approval.escalatesAt) - now : null;
  return (
    <Paper withBorder p="sm" bg="orange.0" style={{ borderColor: 'var(--mantine-color-orange-4)' }}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Loader size="xs" color="orange" aria-hidden />
          <Text fw={700} c="orange.9">
            Waiting for {article(level)} {level} ·{' '}
            <span className="ws-tabular">{stopwatch(now - Date.parse(approval.createdAt))}</span>
          </Text>
          {approval.escalations > 0 ? (
            <Badge color="orange" variant="filled">
              Escalated to {level}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm">
          {labelOf(resolution.type)} of {formatMoney(resolution.amountMinor, resolution.currency)}.{' '}
          {approval.claimedBy ? (
            <Text span inherit fw={600}>
              {approval.claimedBy.name} is looking at it now.
            </Text>
          ) : (
            'Sent to everyone who can approve it. Stay with the customer: the answer appears here.'
          )}
        </Text>
        {escalatesIn !== null && escalatesIn > 0 && !approval.claimedBy ? (
          <Text size="xs" c="dimmed">
            Goes up a level in {stopwatch(escalatesIn)} if nobody answers.
          </Text>
        ) : null}
        {withdraw.isError ? (
          <Text size="sm" c="red.8">
            Not withdrawn: {withdraw.error.message}
          </Text>
        ) : null}
        <Group>
          <Button
            size="xs"
            variant="default"
            onClick={() => withdraw.mutate({ approvalId: approval.id, resolution })}
            loading={withdraw.isPending}
          >
            Withdraw request
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

type AnswerProps = { resolution: Resolution; label: string; asked: string };

function CoveredReceipt({ resolution, label, asked }: AnswerProps) {
  const { receipt } = resolution;
  if (!receipt) return null;
  return (
    <Paper withBorder p="sm" bg="green.0" style={{ borderColor: 'var(--mantine-color-green-5)' }}>
      <Text fw={700} c="green.9">
        ✓ Within your authority — you are covered
      </Text>
      <Text size="sm">
        {label} of {asked} granted, inside your {receipt.level} limit of{' '}
        {formatMoney(receipt.limitMinor, resolution.currency)}. Nobody needs to approve it.
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        Policy version {receipt.policyVersion}
        {receipt.ledgerSeq !== null ? ` · Ledger entry #${receipt.ledgerSeq}` : ''}
        {receipt.ledgerHash ? (
          <>
            {' · '}
            <span title={receipt.ledgerHash} className="ws-mono">
              {shortHash(receipt.ledgerHash)}
            </span>
          </>
        ) : null}
      </Text>
    </Paper>
  );
}

const deciderOf = (approval: NonNullable<Resolution['approval']>) =>
  approval.decidedBy?.name ?? `${article(approval.level.name)} ${approval.level.name}`;

function Approved({ resolution, label, asked }: AnswerProps) {
  const { approval } = resolution;
  if (!approval) return null;
  const granted = formatMoney(
    resolution.grantedAmountMinor ?? approval.decidedAmountMinor ?? resolution.amountMinor,
    resolution.currency,
  );
  return (
    <Paper withBorder p="sm" bg="green.0" style={{ borderColor: 'var(--mantine-color-green-5)' }}>
      <Text fw={700} c="green.9">
        {approval.status === 'reduced'
          ? `Approved at a lower amount: ${granted} of the ${asked} you asked`
          : `Approved: ${label} of ${granted}`}
      </Text>
      <Text size="sm">
        By {deciderOf(approval)}.{approval.note ? ` “${approval.note}”` : ''}
      </Text>
    </Paper>
  );
}

function Denied({ resolution, label, asked }: AnswerProps) {
  const { approval } = resolution;
  return (
    <Paper withBorder p="sm" bg="red.0" style={{ borderColor: 'var(--mantine-color-red-4)' }}>
      {approval ? (
        <>
          <Text fw={700} c="red.9">
            Denied by {deciderOf(approval)}
          </Text>
          <Text size="sm">{approval.note ? `“${approval.note}”` : 'No note was left.'}</Text>
        </>
      ) : (
        <>
          <Text fw={700} c="red.9">
            Not allowed: {label} of {asked}
          </Text>
          <List size="sm" spacing={2}>
            {resolution.decision.reasons.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        </>
      )}
    </Paper>
  );
}

function Answer({
  resolution,
  labelOf,
}: {
  resolution: Resolution;
  labelOf: (type: string) => string;
}) {
  const props = {
    resolution,
    label: labelOf(resolution.type),
    asked: formatMoney(resolution.amountMinor, resolution.currency),
  };
  if (resolution.status === 'granted' && resolution.receipt) return <CoveredReceipt {...props} />;
  if (resolution.status === 'granted' && resolution.approval) return <Approved {...props} />;
  if (resolution.status === 'denied') return <Denied {...props} />;
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Text fw={600}>
        You withdrew the request for {props.label} of {props.asked}.
      </Text>
    </Paper>
  );
}

/** The server's answer to the last request: the covered receipt, a live approval, or the reasons it was refused. */
export function RequestStatus({
  resolution,
  notice,
  previewOutcome,
  sending,
  sendError,
  labelOf,
}: RequestStatusProps) {
  const differs =
    resolution !== null &&
    previewOutcome !== null &&
    previewOutcome !== resolution.decision.outcome;
  return (
    <section role="status" aria-label="Request status">
      <Stack gap="xs">
        {sending ? (
          <Group gap="xs">
            <Loader size="xs" aria-hidden />
            <Text size="sm">Sending your request…</Text>
          </Group>
        ) : null}
        {sendError ? (
          <Alert color="red" title="Not sent">
            {sendError}
          </Alert>
        ) : null}
        {differs ? (
          <Text size="sm" c="dimmed">
            Your budgets or the policy changed since the preview; this is Leeway’s decision.
          </Text>
        ) : null}
        {resolution?.status === 'pending_approval' && resolution.approval ? (
          <Waiting resolution={resolution} approval={resolution.approval} labelOf={labelOf} />
        ) : resolution ? (
          <Answer resolution={resolution} labelOf={labelOf} />
        ) : null}
        {notice ? (
          <Alert color="blue" variant="light">
            {notice}
          </Alert>
        ) : null}
      </Stack>
    </section>
  );
}
