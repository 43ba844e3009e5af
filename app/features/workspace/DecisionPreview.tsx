import { List, Paper, Stack, Text } from '@mantine/core';

import type { Decision } from '../../../domain/authority/decide.ts';
import { formatMoney } from '../../../domain/money.ts';
import { authoritySummary, outcomeTone } from './preview.ts';

type DecisionPreviewProps = {
  typeLabel: string | null;
  /** The decision for a zero amount: what is open to the rep at all. */
  probe: Decision | null;
  /** The decision for the amount typed, when it parses. */
  preview: Decision | null;
  currency: string;
  amountProblem: string | null;
  policyUnavailable: boolean;
  /** The policy or this rep's usage is still on its way. */
  checking: boolean;
};

const backgrounds: Record<string, string> = { green: 'green.0', orange: 'orange.0', red: 'red.0' };

/**
 * What the engine says before the rep commits: computed here, from the same policy and usage the server
 * uses, on every keystroke. The server still decides; its answer replaces this one in Request status.
 */
export function DecisionPreview({
  typeLabel,
  probe,
  preview,
  currency,
  amountProblem,
  policyUnavailable,
  checking,
}: DecisionPreviewProps) {
  const tone = preview ? outcomeTone(preview) : null;
  // "A Supervisor can approve it." restates the heading; a refusal keeps every reason.
  const reasons =
    !preview || preview.outcome === 'within_authority'
      ? []
      : preview.outcome === 'needs_approval'
        ? preview.reasons.slice(0, -1)
        : preview.reasons;

  return (
    <Paper
      component="section"
      aria-label="Decision preview"
      withBorder
      p="sm"
      bg={tone ? backgrounds[tone.color] : 'gray.0'}
    >
      {!typeLabel ? (
        <Text size="sm" c="dimmed">
          Choose a resolution type to see what you may do on your own.
        </Text>
      ) : checking ? (
        <Text size="sm" c="dimmed">
          Checking your authority for this customer…
        </Text>
      ) : policyUnavailable || !probe ? (
        <Text size="sm" c="dimmed">
          No preview right now: Leeway will decide when you submit.
        </Text>
      ) : (
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {typeLabel}: {authoritySummary(probe, currency).join(' · ')}
          </Text>
          <div aria-live="polite">
            {tone && preview ? (
              <Text fw={700} c={`${tone.color}.9`}>
                {tone.title}
                {preview.outcome === 'within_authority'
                  ? ` — ${formatMoney(preview.amountMinor, currency)}, no approval needed. You are covered.`
                  : ''}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                {amountProblem ?? 'Type an amount to see whether it is within your authority.'}
              </Text>
            )}
          </div>
          {reasons.length > 0 ? (
            <List size="sm" spacing={2}>
              {reasons.map((reason) => (
                <List.Item key={reason}>{reason}</List.Item>
              ))}
            </List>
          ) : null}
        </Stack>
      )}
    </Paper>
  );
}
