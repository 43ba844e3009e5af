import { Alert, Button, Divider, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useId, type Ref } from 'react';

import { formatMoney } from '../../../domain/money.ts';
import { ContactArticles } from '../knowledge/ContactArticles.tsx';
import { CardStatusLine } from './CardStatusLine.tsx';
import { DecisionForm, type DecisionMode } from './DecisionForm.tsx';
import { HistoryToggle } from './HistoryToggle.tsx';
import { RequestFacts } from './RequestFacts.tsx';
import type { ApprovalItem } from './types.ts';
import type { Decision, DecisionResult } from './use-approvals.ts';

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

const cardStyle = (selected: boolean, isNew: boolean, gone: boolean) => ({
  borderColor: selected
    ? 'var(--mantine-color-leeway-7)'
    : isNew
      ? 'var(--mantine-color-yellow-6)'
      : undefined,
  borderWidth: selected || isNew ? 2 : undefined,
  background: isNew && !selected ? 'var(--mantine-color-yellow-0)' : undefined,
  opacity: gone ? 0.75 : undefined,
});

type HeadingProps = Pick<
  ApprovalCardProps,
  'item' | 'typeLabel' | 'selected' | 'goneReason' | 'headerRef' | 'onToggle' | 'onModeChange'
> & { titleId: string; bodyId: string };

/** The accordion pattern: a heading that holds the button which opens the request. */
function RequestHeading({ item, typeLabel, selected, goneReason, ...props }: HeadingProps) {
  const { resolution, customer } = item;
  return (
    <Title order={2} size="h3" id={props.titleId} lh={1.25}>
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
        aria-controls={props.bodyId}
        fz="inherit"
        fw="inherit"
        lh="inherit"
        style={{ borderRadius: 'var(--mantine-radius-sm)' }}
      >
        {typeLabel} of {formatMoney(resolution.amountMinor, resolution.currency)} for{' '}
        {customer.name}
      </UnstyledButton>
    </Title>
  );
}

type AnswerProps = Pick<
  ApprovalCardProps,
  | 'item'
  | 'goneReason'
  | 'mode'
  | 'modeRequest'
  | 'onModeChange'
  | 'onDecided'
  | 'onCancel'
  | 'onDismiss'
>;

/** An open request's answer, or why it no longer needs one. */
function RequestAnswer({ goneReason, ...props }: AnswerProps) {
  return (
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
          item={props.item}
          mode={props.mode}
          modeRequest={props.modeRequest}
          onModeChange={props.onModeChange}
          onDecided={props.onDecided}
          onCancel={props.onCancel}
          onDismiss={props.onDismiss}
        />
      )}
    </>
  );
}

export function ApprovalCard(props: ApprovalCardProps) {
  const { item, selected, isNew, goneReason } = props;
  const titleId = useId();
  const bodyId = useId();

  return (
    <Paper
      component="article"
      aria-labelledby={titleId}
      withBorder
      p="md"
      shadow={selected ? 'md' : undefined}
      data-new={isNew || undefined}
      data-selected={selected || undefined}
      style={cardStyle(selected, isNew, Boolean(goneReason))}
      // The whole card opens the request; the header button is the keyboard and screen-reader path.
      onClick={() => {
        if (!selected) props.onToggle();
      }}
    >
      <Stack gap="xs">
        <CardStatusLine item={item} myId={props.myId} isNew={isNew} gone={Boolean(goneReason)} />
        <RequestHeading {...props} titleId={titleId} bodyId={bodyId} />
        <RequestFacts item={item} />
        <ContactArticles contactId={item.resolution.contactId} />
        <HistoryToggle customerId={item.customer.id} resolutionId={item.resolution.id} />
        {props.claimProblem ? (
          <Text size="sm" c="red.8">
            {props.claimProblem}
          </Text>
        ) : null}
        <div id={bodyId}>{selected ? <RequestAnswer {...props} /> : null}</div>
      </Stack>
    </Paper>
  );
}
