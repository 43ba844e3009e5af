import { NumberInput, Select, TextInput } from '@mantine/core';

import type { Condition, PolicyDocument } from '../../../domain/authority/policy.ts';

type FieldsProps = {
  condition: Condition;
  set: (patch: Partial<Condition>) => void;
  show: (path: string) => string | undefined;
};

/** What the condition checks: an order's age, or a flag the customer must not carry. */
export function ConditionCheckFields({ condition, set, show }: FieldsProps) {
  const { check } = condition;
  return (
    <>
      <Select
        label="Passes when"
        allowDeselect={false}
        data={[
          { value: 'max_order_age_days', label: 'The order is recent enough' },
          { value: 'customer_flag_absent', label: 'The customer does not carry a flag' },
        ]}
        value={check.kind}
        onChange={(kind) =>
          set({
            check:
              kind === 'customer_flag_absent'
                ? { kind, flag: '' }
                : { kind: 'max_order_age_days', days: 90 },
          })
        }
      />
      {check.kind === 'max_order_age_days' ? (
        <NumberInput
          label="Order at most this many days old"
          min={0}
          max={3650}
          allowDecimal={false}
          value={check.days}
          onChange={(value) =>
            set({
              check: {
                kind: 'max_order_age_days',
                days: typeof value === 'number' ? value : Number(value) || 0,
              },
            })
          }
          error={show('check.days')}
        />
      ) : (
        <TextInput
          label="Flag"
          description="Such as abuse_suspected or chargeback_history."
          value={check.flag}
          onChange={(event) =>
            set({ check: { kind: 'customer_flag_absent', flag: event.currentTarget.value.trim() } })
          }
          error={show('check.flag')}
        />
      )}
    </>
  );
}

/** Who decides when the condition fails: a level and above, or nobody. */
export function WhenFailsSelect({
  doc,
  condition,
  set,
}: Omit<FieldsProps, 'show'> & { doc: PolicyDocument }) {
  const { whenFails } = condition;
  return (
    <Select
      label="When it fails"
      allowDeselect={false}
      data={[
        ...doc.levels.map((l) => ({
          value: `level:${l.key}`,
          label: `${l.name} or above decides`,
        })),
        { value: 'not_allowed', label: 'Nobody may grant it' },
      ]}
      value={whenFails.outcome === 'not_allowed' ? 'not_allowed' : `level:${whenFails.level}`}
      onChange={(value) =>
        set({
          whenFails:
            value === 'not_allowed' || value === null
              ? { outcome: 'not_allowed' }
              : { outcome: 'needs_approval', level: value.slice('level:'.length) },
        })
      }
    />
  );
}
