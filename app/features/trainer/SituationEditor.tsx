import {
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';

import type { SituationState } from './builder-state.ts';

type Props = {
  situation: SituationState;
  /** The policy's resolution types, to pick from. */
  types: { key: string; label: string }[];
  onChange: (situation: SituationState) => void;
};

/** A customer, their words and their ask; the answer key is the engine's, at the learner's level. */
export function SituationEditor({ situation, types, onChange }: Props) {
  const text = (field: keyof Omit<SituationState, 'types'>) => ({
    value: situation[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      onChange({ ...situation, [field]: e.currentTarget.value }),
  });
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="Customer segment" {...text('segment')} />
        <TextInput label="Lifetime value" inputMode="decimal" {...text('lifetimeValue')} />
        <TextInput label="Order age (days)" inputMode="numeric" {...text('orderAgeDays')} />
      </SimpleGrid>
      <TextInput label="Flags" description="Comma separated" {...text('flags')} />
      <Textarea label="What the customer says" autosize minRows={2} {...text('says')} />
      <Group grow align="flex-start" wrap="wrap">
        <NativeSelect
          label="They ask for"
          data={types.map((t) => ({ value: t.key, label: t.label }))}
          {...text('asksType')}
        />
        <TextInput label="Amount asked" inputMode="decimal" {...text('asksAmount')} />
      </Group>
      <Checkbox.Group
        label="Types the learner picks from"
        value={situation.types}
        onChange={(values) => onChange({ ...situation, types: values })}
      >
        <Group gap="sm" mt={4}>
          {types.map((t) => (
            <Checkbox key={t.key} value={t.key} label={t.label} />
          ))}
        </Group>
      </Checkbox.Group>
    </Stack>
  );
}
