import { Button, Fieldset, Group, Select, Stack, Text } from '@mantine/core';

import type { CertifiedTier, LimitRule, ValueScaling } from '../../../domain/authority/policy.ts';
import { MoneyInput } from './MoneyInput.tsx';
import { compact } from './policy-edit.ts';
import { messagesFor, type PlacedIssue } from './policy-issues.ts';
import { useCertificationCatalogue, type CatalogueEntry } from './use-certification-catalogue.ts';
import { ValueScalingFields } from './ValueScalingFields.tsx';

type CertifiedTierFieldsProps = {
  rule: LimitRule;
  currency: string;
  issues: readonly PlacedIssue[];
  onChange: (update: (rule: LimitRule) => LimitRule) => void;
};

type TierMoneyField = 'perIncidentMinor' | 'perCustomerMinor' | 'perDayMinor' | 'perMonthMinor';

/** The tier's own issues, named as its fields are ("certified.perDayMinor" → "perDayMinor"). */
const tierIssues = (issues: readonly PlacedIssue[]): PlacedIssue[] =>
  issues
    .filter((i) => i.field?.startsWith('certified.'))
    .map((i) => ({ ...i, field: i.field!.slice('certified.'.length) }));

/**
 * A new tier starts at the rule's own figures, which validation accepts (a tier may only raise), so the
 * admin raises what the certification earns instead of retyping what it keeps.
 */
function startTier(rule: LimitRule, certification: string): CertifiedTier {
  return compact({
    certification,
    perIncidentMinor: rule.perIncidentMinor,
    perCustomerMinor: rule.perCustomerMinor,
    perDayMinor: rule.perDayMinor,
    perMonthMinor: rule.perMonthMinor,
    valueScaling: rule.valueScaling,
  });
}

/** "With certification X, these limits apply instead": add, change or remove a cell's certified tier. */
export function CertifiedTierFields({
  rule,
  currency,
  issues,
  onChange,
}: CertifiedTierFieldsProps) {
  const catalogue = useCertificationCatalogue();
  const entries = catalogue.data ?? [];
  // The rule's own requirement cannot be its tier's (it would always apply), so it is offered last.
  const first = entries.find((c) => c.key !== rule.requiredCertification)?.key ?? entries[0]?.key;

  return (
    <Fieldset legend="Certified tier" variant="filled">
      <Stack gap="sm">
        <Text size="xs" c="dimmed">
          With a certification from training, these limits apply instead of the ones above. They may
          only be higher; an expired certificate counts for the organization&apos;s grace days.
        </Text>
        {rule.certified ? (
          <TierEditor
            rule={rule}
            tier={rule.certified}
            entries={entries}
            currency={currency}
            issues={issues}
            onChange={onChange}
          />
        ) : (
          <Group>
            <Button
              variant="light"
              disabled={!first}
              onClick={() => first && onChange((r) => ({ ...r, certified: startTier(r, first) }))}
            >
              Add certified tier
            </Button>
            {catalogue.isSuccess && !first ? (
              <Text size="xs" c="dimmed">
                The training catalogue has no certifications yet.
              </Text>
            ) : null}
            {catalogue.isError ? (
              <Text size="xs" c="red.8">
                Could not load the training catalogue: {catalogue.error.message}
              </Text>
            ) : null}
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}

function TierEditor({
  rule,
  tier,
  entries,
  currency,
  issues,
  onChange,
}: CertifiedTierFieldsProps & { tier: CertifiedTier; entries: readonly CatalogueEntry[] }) {
  const own = tierIssues(issues);
  const setTier = (update: (t: CertifiedTier) => CertifiedTier) =>
    onChange((r) => (r.certified ? { ...r, certified: compact(update(r.certified)) } : r));
  const setMoney = (field: TierMoneyField, minor: number | undefined) =>
    setTier((t) => ({ ...t, [field]: minor }));
  const options = entries.map((c) => ({ value: c.key, label: `${c.title} (${c.key})` }));
  if (!entries.some((c) => c.key === tier.certification))
    options.push({
      value: tier.certification,
      label: `${tier.certification} (not in the catalogue)`,
    });
  return (
    <>
      <Select
        label="Certification"
        description="From the training catalogue."
        data={options}
        value={tier.certification}
        allowDeselect={false}
        onChange={(value) => value && setTier((t) => ({ ...t, certification: value }))}
        error={messagesFor(own, 'certification')}
      />
      <TierLimits tier={tier} currency={currency} issues={own} setMoney={setMoney} />
      <ValueScalingFields
        rule={{ ...rule, perIncidentMinor: tier.perIncidentMinor, valueScaling: tier.valueScaling }}
        currency={currency}
        issues={own}
        prefix="Certified"
        onChange={(update: (s: ValueScaling) => ValueScaling | undefined) =>
          setTier((t) => ({
            ...t,
            valueScaling: update(
              t.valueScaling ?? {
                lifetimeValueBasisPoints: 0,
                segmentBonusMinor: {},
                maxMinor: t.perIncidentMinor,
              },
            ),
          }))
        }
        onRemove={() => setTier((t) => ({ ...t, valueScaling: undefined }))}
      />
      <Group>
        <Button
          variant="default"
          color="red"
          onClick={() => onChange((r) => ({ ...r, certified: undefined }))}
        >
          Remove certified tier
        </Button>
      </Group>
    </>
  );
}

function TierLimits({
  tier,
  currency,
  issues,
  setMoney,
}: {
  tier: CertifiedTier;
  currency: string;
  issues: readonly PlacedIssue[];
  setMoney: (field: TierMoneyField, minor: number | undefined) => void;
}) {
  return (
    <>
      <MoneyInput
        label="Certified limit per incident"
        currency={currency}
        value={tier.perIncidentMinor}
        onChange={(minor) => setMoney('perIncidentMinor', minor ?? 0)}
        error={messagesFor(issues, 'perIncidentMinor')}
      />
      <MoneyInput
        label="Certified limit per customer"
        description="Empty for no limit."
        currency={currency}
        optional
        value={tier.perCustomerMinor}
        onChange={(minor) => setMoney('perCustomerMinor', minor)}
        error={messagesFor(issues, 'perCustomerMinor')}
      />
      <Group grow align="flex-start">
        <MoneyInput
          label="Certified budget per day"
          currency={currency}
          optional
          value={tier.perDayMinor}
          onChange={(minor) => setMoney('perDayMinor', minor)}
          error={messagesFor(issues, 'perDayMinor')}
        />
        <MoneyInput
          label="Certified budget per month"
          currency={currency}
          optional
          value={tier.perMonthMinor}
          onChange={(minor) => setMoney('perMonthMinor', minor)}
          error={messagesFor(issues, 'perMonthMinor')}
        />
      </Group>
    </>
  );
}
