import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';

import type { LimitRule, ValueScaling } from '../../../domain/authority/policy.ts';
import { basisPointsOf, formatMoney } from '../../../domain/money.ts';
import { MoneyInput } from './MoneyInput.tsx';
import { messagesFor, type PlacedIssue } from './policy-issues.ts';

type ValueScalingFieldsProps = {
  rule: LimitRule;
  currency: string;
  issues: readonly PlacedIssue[];
  onChange: (update: (s: ValueScaling) => ValueScaling | undefined) => void;
  onRemove: () => void;
  /** Names every field for a second set in the same panel ("Certified" → "Certified cap"). */
  prefix?: string;
};

/** A field's label, prefixed for the certified tier's set so no two fields in a panel share a name. */
const named = (prefix: string | undefined, label: string) =>
  prefix ? `${prefix} ${label.charAt(0).toLowerCase()}${label.slice(1)}` : label;

export function ValueScalingFields({
  rule,
  currency,
  issues,
  onChange,
  onRemove,
  prefix,
}: ValueScalingFieldsProps) {
  const scaling = rule.valueScaling;
  const onlyScalingMessages = issues
    .filter((i) => i.field === 'valueScaling')
    .map((i) => i.message);
  return (
    <Fieldset legend={named(prefix, 'Value scaling')} variant="filled">
      <Stack gap="sm">
        <Switch
          label={named(prefix, "Scale with the customer's lifetime value")}
          description="Valuable customers get a higher limit per incident, up to a cap."
          checked={scaling !== undefined}
          onChange={(event) => (event.currentTarget.checked ? onChange((s) => s) : onRemove())}
        />
        {scaling ? (
          <>
            <ScalingAmounts
              scaling={scaling}
              currency={currency}
              issues={issues}
              onChange={onChange}
              prefix={prefix}
            />
            <SegmentBonuses
              scaling={scaling}
              currency={currency}
              onChange={onChange}
              prefix={prefix}
            />
            <ScalingExample rule={rule} scaling={scaling} currency={currency} />
          </>
        ) : null}
        {onlyScalingMessages.length > 0 ? (
          <Text size="sm" c="red.8">
            {onlyScalingMessages.join(' ')}
          </Text>
        ) : null}
      </Stack>
    </Fieldset>
  );
}

function SegmentBonuses({
  scaling,
  currency,
  onChange,
  prefix,
}: {
  scaling: ValueScaling;
  currency: string;
  onChange: ValueScalingFieldsProps['onChange'];
  prefix: string | undefined;
}) {
  const entries = Object.entries(scaling.segmentBonusMinor);
  const rewrite = (next: Array<[string, number]>) =>
    onChange((s) => ({ ...s, segmentBonusMinor: Object.fromEntries(next) }));
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {named(prefix, 'Segment bonuses')}
      </Text>
      {entries.length === 0 ? (
        <Text size="xs" c="dimmed">
          None. A bonus adds a fixed amount for customers of one segment (such as vip).
        </Text>
      ) : null}
      {entries.map(([segment, bonus], i) => (
        <SegmentBonusRow
          key={i}
          segment={segment}
          bonus={bonus}
          currency={currency}
          prefix={prefix}
          onChange={(entry) => rewrite(entries.map((e, j) => (j === i ? entry : e)))}
          onRemove={() => rewrite(entries.filter((_, j) => j !== i))}
        />
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() =>
            rewrite([
              ...entries,
              [entries.some(([s]) => s === 'vip') ? `segment_${entries.length + 1}` : 'vip', 0],
            ])
          }
        >
          {prefix ? `Add ${prefix.toLowerCase()} segment bonus` : 'Add segment bonus'}
        </Button>
      </Group>
    </Stack>
  );
}

function ScalingAmounts({
  scaling,
  currency,
  issues,
  onChange,
  prefix,
}: {
  scaling: ValueScaling;
  currency: string;
  issues: readonly PlacedIssue[];
  onChange: ValueScalingFieldsProps['onChange'];
  prefix: string | undefined;
}) {
  return (
    <Group grow align="flex-start">
      <NumberInput
        label={named(prefix, 'Share of lifetime value')}
        description="Added to the limit per incident."
        suffix="%"
        decimalScale={2}
        min={0}
        max={100}
        clampBehavior="strict"
        value={scaling.lifetimeValueBasisPoints / 100}
        onChange={(value) =>
          onChange((s) => ({
            ...s,
            lifetimeValueBasisPoints: Math.round(
              (typeof value === 'number' ? value : Number(value) || 0) * 100,
            ),
          }))
        }
      />
      <MoneyInput
        label={named(prefix, 'Cap')}
        description="The scaled limit never exceeds this."
        currency={currency}
        value={scaling.maxMinor}
        onChange={(minor) => onChange((s) => ({ ...s, maxMinor: minor ?? 0 }))}
        error={messagesFor(issues, 'valueScaling.maxMinor')}
      />
    </Group>
  );
}

/** What the scaling gives a customer worth 5,000 in the policy's currency. */
function ScalingExample({
  rule,
  scaling,
  currency,
}: {
  rule: LimitRule;
  scaling: ValueScaling;
  currency: string;
}) {
  const scaled = Math.min(
    Math.max(scaling.maxMinor, rule.perIncidentMinor),
    rule.perIncidentMinor + basisPointsOf(500_000, scaling.lifetimeValueBasisPoints),
  );
  return (
    <Text size="xs" c="dimmed">
      Example: a customer worth {formatMoney(500_000, currency)} gets{' '}
      {formatMoney(scaled, currency)} per incident.
    </Text>
  );
}

function SegmentBonusRow({
  segment,
  bonus,
  currency,
  prefix,
  onChange,
  onRemove,
}: {
  segment: string;
  bonus: number;
  currency: string;
  prefix: string | undefined;
  onChange: (entry: [string, number]) => void;
  onRemove: () => void;
}) {
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TextInput
        label={named(prefix, 'Segment')}
        value={segment}
        onChange={(event) => onChange([event.currentTarget.value.trim(), bonus])}
        error={segment === '' ? 'Name the segment' : undefined}
        style={{ flex: 1 }}
      />
      <div style={{ flex: 1 }}>
        <MoneyInput
          label={named(prefix, `Bonus for ${segment || 'segment'}`)}
          currency={currency}
          value={bonus}
          onChange={(minor) => onChange([segment, minor ?? 0])}
        />
      </div>
      <ActionIcon
        variant="subtle"
        color="red"
        size="lg"
        mb={2}
        aria-label={`Remove the ${prefix ? `${prefix.toLowerCase()} ` : ''}bonus for ${segment || 'this segment'}`}
        onClick={onRemove}
      >
        ×
      </ActionIcon>
    </Group>
  );
}
