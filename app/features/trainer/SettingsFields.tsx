import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';

import type { BuilderState } from './builder-state.ts';

type Props = { state: BuilderState; onChange: (patch: Partial<BuilderState>) => void };

/** A course's title, summary, what it awards, and how it is assessed. */
export function SettingsFields({ state, onChange }: Props) {
  const text = (field: keyof BuilderState) => ({
    value: state[field] as string,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange({ [field]: e.currentTarget.value }),
  });
  return (
    <Stack gap="sm">
      <TextInput label="Title" required {...text('title')} />
      <Textarea label="Summary" autosize minRows={2} {...text('summary')} />
      <TextInput
        label="Certification it awards"
        description="Its catalogue key, such as refunds_ii; empty: none"
        {...text('certificationKey')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="Pass mark (%)" inputMode="numeric" {...text('passMark')} />
        <TextInput
          label="Questions per attempt"
          inputMode="numeric"
          {...text('questionsPerAttempt')}
        />
        <TextInput
          label="Retake after (hours)"
          inputMode="numeric"
          {...text('retakeCooldownHours')}
        />
      </SimpleGrid>
    </Stack>
  );
}
