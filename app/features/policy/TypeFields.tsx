import { SegmentedControl, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';

import type { PolicyDocument, ResolutionType } from '../../../domain/authority/policy.ts';
import { MoneyInput } from './MoneyInput.tsx';
import { keyFromLabel } from './policy-edit.ts';

type FieldsProps = {
  type: ResolutionType;
  set: (patch: Partial<ResolutionType>) => void;
};

/** The label and the key; a new type's key follows its label until it is typed in itself. */
export function TypeNameFields(
  props: FieldsProps & {
    keyLocked: boolean;
    keyTouched: boolean;
    touchKey: () => void;
    labelError: string | undefined;
    keyError: string | undefined;
  },
) {
  const { type, set, keyLocked } = props;
  return (
    <>
      <TextInput
        label="Label"
        description="What reps see, such as “Late delivery credit”."
        required
        value={type.label}
        onChange={(event) => {
          const label = event.currentTarget.value;
          set(props.keyTouched || keyLocked ? { label } : { label, key: keyFromLabel(label) });
        }}
        error={props.labelError}
        data-autofocus
      />
      <TextInput
        label="Key"
        description={
          keyLocked
            ? 'Published types keep their key: decisions and reports refer to it.'
            : 'lower_snake_case; used by integrations and reports.'
        }
        required
        value={type.key}
        disabled={keyLocked}
        onChange={(event) => {
          props.touchKey();
          set({ key: event.currentTarget.value });
        }}
        error={props.keyError}
      />
    </>
  );
}

/** What one costs: the amount the rep chooses, or a fixed cost. */
export function TypeCostFields({ type, set, doc }: FieldsProps & { doc: PolicyDocument }) {
  const { cost } = type;
  return (
    <>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="cost-label">
          Cost
        </Text>
        <SegmentedControl
          aria-labelledby="cost-label"
          value={cost.kind}
          onChange={(kind) =>
            set({
              cost:
                kind === 'fixed'
                  ? { kind: 'fixed', amountMinor: cost.kind === 'fixed' ? cost.amountMinor : 0 }
                  : { kind: 'amount' },
            })
          }
          data={[
            { value: 'amount', label: 'Amount chosen by the rep' },
            { value: 'fixed', label: 'Fixed cost' },
          ]}
        />
      </Stack>
      {cost.kind === 'fixed' ? (
        <MoneyInput
          label="Fixed cost"
          description="What one of these costs (a bouquet, a fee waived in full)."
          currency={doc.currency}
          value={cost.amountMinor}
          onChange={(minor) => set({ cost: { kind: 'fixed', amountMinor: minor ?? 0 } })}
        />
      ) : null}
    </>
  );
}

/** What the rep reads beside the amount, and whether they must give a reason. */
export function TypeGuidanceFields({
  type,
  set,
  guidelinesError,
}: FieldsProps & { guidelinesError: string | undefined }) {
  return (
    <>
      <Textarea
        label="Guidelines"
        description="Shown to the rep beside the amount: when to use it, and what to say in the reason. Markdown."
        autosize
        minRows={4}
        maxRows={14}
        value={type.guidelines}
        onChange={(event) => set({ guidelines: event.currentTarget.value })}
        error={guidelinesError}
      />
      <Switch
        label="Reason required"
        description="The rep must say why before granting it."
        checked={type.reasonRequired}
        onChange={(event) => set({ reasonRequired: event.currentTarget.checked })}
      />
    </>
  );
}
