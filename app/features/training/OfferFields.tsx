import { Group, NativeSelect, Radio, Stack, TextInput } from '@mantine/core';

import type { PracticeSituation } from './api-types.ts';
import { decisionLabels, type OfferDraft } from './offer.ts';

type Props = {
  situation: Pick<PracticeSituation, 'types' | 'asks'>;
  draft: OfferDraft;
  onChange: (draft: OfferDraft) => void;
  error?: { field: string; message: string } | null;
  disabled?: boolean;
};

/** What the learner would do: a type, an amount, and grant it, ask approval, or refuse it. */
export function OfferFields({ situation, draft, onChange, error, disabled }: Props) {
  const errorOf = (field: string) => (error?.field === field ? error.message : undefined);
  return (
    <Stack gap="sm">
      <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
        <NativeSelect
          label="Resolution type"
          value={draft.type}
          onChange={(e) => onChange({ ...draft, type: e.currentTarget.value })}
          data={situation.types.map((t) => ({ value: t.key, label: t.label }))}
          error={errorOf('type')}
          disabled={disabled}
          miw={160}
        />
        <TextInput
          label={`Amount (${situation.asks.amount.currency})`}
          inputMode="decimal"
          value={draft.amount}
          onChange={(e) => onChange({ ...draft, amount: e.currentTarget.value })}
          error={errorOf('amount')}
          disabled={disabled}
          miw={120}
        />
      </Group>
      <Radio.Group
        label="What you would do"
        value={draft.decision}
        onChange={(value) => onChange({ ...draft, decision: value as OfferDraft['decision'] })}
        error={errorOf('decision')}
      >
        <Stack gap={6} mt={4}>
          {Object.entries(decisionLabels).map(([value, label]) => (
            <Radio key={value} value={value} label={label} disabled={disabled} />
          ))}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
