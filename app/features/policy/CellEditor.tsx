import { Autocomplete, Button, Group, Stack, Switch, Text } from '@mantine/core';

import type { LimitRule, PolicyDocument, ValueScaling } from '../../../domain/authority/policy.ts';
import { summarizeRule } from './cell-summary.ts';
import { CertifiedTierFields } from './CertifiedTierFields.tsx';
import { IssuesAlert } from './IssuesAlert.tsx';
import { MoneyInput } from './MoneyInput.tsx';
import { isOpen, ruleFor } from './policy-edit.ts';
import { messagesFor, type PlacedIssue } from './policy-issues.ts';
import { useCertificationTitles } from './use-certification-catalogue.ts';
import { ValueScalingFields } from './ValueScalingFields.tsx';

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
  'certified',
];

/** What the panel shows about the published rule, and whether the draft's differs from it. */
function comparedToPublished(
  doc: PolicyDocument,
  published: PolicyDocument,
  level: string,
  type: string,
  titleOf: (key: string) => string,
) {
  const rule = ruleFor(doc, level, type);
  const before = ruleFor(published, level, type);
  const windowDays = doc.resolutionTypes.find((t) => t.key === type)?.customerWindowDays ?? 30;
  const beforeText = published.resolutionTypes.some((t) => t.key === type)
    ? summarizeRule(before, windowDays, published.currency, titleOf).text
    : 'Not in the published version';
  const changed =
    JSON.stringify(before ?? null) !== JSON.stringify(rule ?? null) &&
    (isOpen(before) || isOpen(rule));
  return { rule, windowDays, beforeText, changed };
}

/** The limits of one level for one type. Every change goes straight into the draft, and is checked as it is typed. */
export function CellEditor(props: CellEditorProps) {
  const { doc, issues, onChange } = props;
  const titleOf = useCertificationTitles();
  const { rule, windowDays, beforeText, changed } = comparedToPublished(
    doc,
    props.published,
    props.level,
    props.type,
    titleOf,
  );
  const general = issues.filter(
    (i) => !knownFields.some((f) => i.field === f || i.field?.startsWith(`${f}.`)),
  );
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
          <RuleLimits rule={rule} doc={doc} windowDays={windowDays} issues={issues} set={set} />
          <ValueScalingFields
            rule={rule}
            currency={doc.currency}
            issues={issues}
            onChange={setScaling}
            onRemove={() => set('valueScaling', undefined)}
          />
          <CertificationInput rule={rule} doc={doc} issues={issues} set={set} />
          <CertifiedTierFields
            rule={rule}
            currency={doc.currency}
            issues={issues}
            onChange={onChange}
          />
        </>
      ) : null}
      <Group justify="space-between">
        <Button variant="default" onClick={props.onRevert} disabled={!changed}>
          Revert to published
        </Button>
        <Button onClick={props.onDone}>Done</Button>
      </Group>
    </Stack>
  );
}

type RuleFieldsProps = {
  rule: LimitRule;
  doc: PolicyDocument;
  issues: readonly PlacedIssue[];
  set: <K extends keyof LimitRule>(field: K, value: LimitRule[K]) => void;
};

function RuleLimits({
  rule,
  doc,
  windowDays,
  issues,
  set,
}: RuleFieldsProps & { windowDays: number }) {
  const { currency } = doc;
  return (
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
    </>
  );
}

/** Offers the certifications other rules already require. */
function CertificationInput({ rule, doc, issues, set }: RuleFieldsProps) {
  const certifications = [
    ...new Set(
      doc.rules.map((r) => r.requiredCertification).filter((c): c is string => Boolean(c)),
    ),
  ];
  return (
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
  );
}
