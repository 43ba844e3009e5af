import { Button, Group, Stack, Text } from '@mantine/core';

import type { PolicyDocument } from '../../../domain/authority/policy.ts';
import { moneyOrNoLimit } from './money-input.ts';
import { MoneyInput } from './MoneyInput.tsx';
import { contactLimitFor } from './policy-edit.ts';
import type { PlacedIssue } from './policy-issues.ts';

type ContactLimitEditorProps = {
  doc: PolicyDocument;
  published: PolicyDocument;
  level: string;
  issues: readonly PlacedIssue[];
  onChange: (minor: number | undefined) => void;
  onDone: () => void;
};

export function ContactLimitEditor({
  doc,
  published,
  level,
  issues,
  onChange,
  onDone,
}: ContactLimitEditorProps) {
  const name = doc.levels.find((l) => l.key === level)?.name ?? level;
  const before = contactLimitFor(published, level);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Published: {moneyOrNoLimit(before, published.currency)}
      </Text>
      <MoneyInput
        label="Total per contact"
        description={`Everything one ${name} may grant within one contact, across all resolution types. Empty for no limit.`}
        currency={doc.currency}
        optional
        value={contactLimitFor(doc, level)}
        onChange={onChange}
        error={issues.length > 0 ? issues.map((i) => i.message).join(' ') : undefined}
        autoFocus
      />
      <Group justify="space-between">
        <Button
          variant="default"
          onClick={() => onChange(before)}
          disabled={before === contactLimitFor(doc, level)}
        >
          Revert to published
        </Button>
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}
