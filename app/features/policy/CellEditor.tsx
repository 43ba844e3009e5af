import {
  ActionIcon,
  Autocomplete,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';

import type { LimitRule, PolicyDocument, ValueScaling } from '../../../domain/authority/policy.ts';
import { basisPointsOf, formatMoney } from '../../../domain/money.ts';
import { summarizeRule } from './cell-summary.ts';
import { IssuesAlert } from './IssuesAlert.tsx';
import { MoneyInput } from './MoneyInput.tsx';
import { isOpen, ruleFor } from './policy-edit.ts';
import { messagesFor, type PlacedIssue } from './policy-issues.ts';

type CellEditorProps = {
  doc: PolicyDocument;
  published: PolicyDocument;
  level: string;
  type: string;
  issues: readonly PlacedIssue[];
  onChange: (update: (rule: LimitRule) => LimitRule) => void;
  onRevert: () => void;
  onDone: () => void;
};

const knownFields = [
  'perIncidentMinor',
  'perCustomerMinor',
  'perDayMinor',
  'perMonthMinor',
  'valueScaling',
  'requiredCertification',
];

/** The limits of one level for one type. Every change goes straight into the draft, and is checked as it is typed. */
export function CellEditor({
  doc,
  published,
  level,
  type,
  issues,
  onChange,
  onRevert,
  onDone,
}: CellEditorProps) {
  const rule = ruleFor(doc, level, type);
  const typeInfo = doc.resolutionTypes.find((t) => t.key === type);
  const windowDays = typeInfo?.customerWindowDays ?? 30;
  const currency = doc.currency;
  const before = ruleFor(published, level, type);
  const beforeText = published.resolutionTypes.some((t) => t.key === type)
    ? summarizeRule(before, windowDays, published.currency).text
    : 'Not in the published version';
  const changed =
    JSON.stringify(before ?? null) !== JSON.stringify(rule ?? null) &&
    (isOpen(before) || isOpen(rule));
  const general = issues.filter(
    (i) => !knownFields.some((f) => i.field === f || i.field?.startsWith(`${f}.`)),
  );
  const certifications = [
    ...new Set(
      doc.rules.map((r) => r.requiredCertification).filter((c): c is string => Boolean(c)),
    ),
  ];
  const set = <K extends keyof LimitRule>(field: K, value: LimitRule[K]) =>
    onChange((r) => ({ ...r, [field]: value }));
  const setScaling = (update: (s: ValueScaling) => ValueScaling | undefined) =>
    onChange((r) => ({
      ...r,
      valueScaling: update(
        r.valueScaling ?? {
          lifetimeValueBasisPoints: 0,
          segmentBonusMinor: {},
          maxMinor: r.perIncidentMinor,
        },
      ),
    }));

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Published: {beforeText}
      </Text>
      <IssuesAlert issues={general} />

      <Switch
        label="Barred"
        description="This level may not grant this type at all: every request goes to a level above."
        checked={!isOpen(rule)}
        onChange={(event) => set('barred', event.currentTarget.checked)}
      />

      {isOpen(rule) ? (
        <>
          <MoneyInput
            label="Limit per incident"
            description="The most one resolution may be worth."
            currency={currency}
            value={rule.perIncidentMinor}
            onChange={(minor) => set('perIncidentMinor', minor ?? 0)}
            error={messagesFor(issues, 'perIncidentMinor')}
            autoFocus
          />
          <MoneyInput
            label="Limit per customer"
            description={`Total for one customer over ${windowDays} days, whoever granted it. Empty for no limit.`}
            currency={currency}
            optional
            value={rule.perCustomerMinor}
            onChange={(minor) => set('perCustomerMinor', minor)}
            error={messagesFor(issues, 'perCustomerMinor')}
          />
          <Group grow align="flex-start">
            <MoneyInput
              label="Budget per day"
              description="Per person, per calendar day."
              currency={currency}
              optional
              value={rule.perDayMinor}
              onChange={(minor) => set('perDayMinor', minor)}
              error={messagesFor(issues, 'perDayMinor')}
            />
            <MoneyInput
              label="Budget per month"
              description="Per person, per calendar month."
              currency={currency}
              optional
              value={rule.perMonthMinor}
              onChange={(minor) => set('perMonthMinor', minor)}
              error={messagesFor(issues, 'perMonthMinor')}
            />
          </Group>

          <ValueScalingFields
            rule={rule}
            currency={currency}
            issues={issues}
            onChange={setScaling}
            onRemove={() => set('valueScaling', undefined)}
          />

          <Autocomplete
            label="Required certification"
            description="People at this level need this certification (from training) to use these limits. Empty for none."
            data={certifications}
            value={rule.requiredCertification ?? ''}
            onChange={(value) =>
              set('requiredCertification', value.trim() === '' ? undefined : value.trim())
            }
            error={messagesFor(issues, 'requiredCertification')}
          />
        </>
      ) : null}

      <Group justify="space-between">
        <Button variant="default" onClick={onRevert} disabled={!changed}>
          Revert to published
        </Button>
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}

type ValueScalingFieldsProps = {
  rule: LimitRule;
  currency: string;
  issues: readonly PlacedIssue[];
  onChange: (update: (s: ValueScaling) => ValueScaling | undefined) => void;
  onRemove: () => void;
};

function ValueScalingFields({
  rule,
  currency,
  issues,
  onChange,
  onRemove,
}: ValueScalingFieldsProps) {
  const scaling = rule.valueScaling;
  const onlyScalingMessages = issues
    .filter((i) => i.field === 'valueScaling')
    .map((i) => i.message);
  return (
    <Fieldset legend="Value scaling" variant="filled">
      <Stack gap="sm">
        <Switch
          label="Scale with the customer's lifetime value"
          description="Valuable customers get a higher limit per incident, up to a cap."
          checked={scaling !== undefined}
          onChange={(event) => (event.currentTarget.checked ? onChange((s) => s) : onRemove())}
        />
        {scaling ? (
          <>
            <Group grow align="flex-start">
              <NumberInput
                label="Share of lifetime value"
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
                label="Cap"
                description="The scaled limit never exceeds this."
                currency={currency}
                value={scaling.maxMinor}
                onChange={(minor) => onChange((s) => ({ ...s, maxMinor: minor ?? 0 }))}
                error={messagesFor(issues, 'valueScaling.maxMinor')}
              />
            </Group>
            <SegmentBonuses scaling={scaling} currency={currency} onChange={onChange} />
            <Text size="xs" c="dimmed">
              Example: a customer worth {formatMoney(500_000, currency)} gets{' '}
              {formatMoney(
                Math.min(
                  Math.max(scaling.maxMinor, rule.perIncidentMinor),
                  rule.perIncidentMinor + basisPointsOf(500_000, scaling.lifetimeValueBasisPoints),
                ),
                currency,
              )}{' '}
              per incident.
            </Text>
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
}: {
  scaling: ValueScaling;
  currency: string;
  onChange: ValueScalingFieldsProps['onChange'];
}) {
  const entries = Object.entries(scaling.segmentBonusMinor);
  const rewrite = (next: Array<[string, number]>) =>
    onChange((s) => ({ ...s, segmentBonusMinor: Object.fromEntries(next) }));
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        Segment bonuses
      </Text>
      {entries.length === 0 ? (
        <Text size="xs" c="dimmed">
          None. A bonus adds a fixed amount for customers of one segment (such as vip).
        </Text>
      ) : null}
      {entries.map(([segment, bonus], i) => (
        <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label="Segment"
            value={segment}
            onChange={(event) =>
              rewrite(
                entries.map((e, j) => (j === i ? [event.currentTarget.value.trim(), e[1]] : e)),
              )
            }
            error={segment === '' ? 'Name the segment' : undefined}
            style={{ flex: 1 }}
          />
          <div style={{ flex: 1 }}>
            <MoneyInput
              label={`Bonus for ${segment || 'segment'}`}
              currency={currency}
              value={bonus}
              onChange={(minor) =>
                rewrite(entries.map((e, j) => (j === i ? [e[0], minor ?? 0] : e)))
              }
            />
          </div>
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            mb={2}
            aria-label={`Remove the bonus for ${segment || 'this segment'}`}
            onClick={() => rewrite(entries.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
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
          Add segment bonus
        </Button>
      </Group>
    </Stack>
  );
}
