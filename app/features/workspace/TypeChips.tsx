import { Group, Kbd, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';

import { formatMoney } from '../../../domain/money.ts';
import type { Allowance } from './api-types.ts';

type TypeChipsProps = {
  allowances: readonly Allowance[];
  selected: string;
  currency: string;
  onSelect: (type: string) => void;
};

/** Every resolution type with what the rep may grant alone right now; Alt+N picks the Nth. */
export function TypeChips({ allowances, selected, currency, onSelect }: TypeChipsProps) {
  // What a certificate would raise (or has raised), one short line per type, under the chips and
  // outside them, so each chip's accessible name stays the phrase it shows.
  const unlocks = allowances.flatMap((a) => a.unlocks.map((u) => ({ type: a.type, ...u })));
  return (
    <Stack gap={4}>
      <SimpleGrid cols={{ base: 2, lg: 3 }} spacing={6} verticalSpacing={6}>
        {allowances.map((a, i) => {
          const current = a.type === selected;
          const alone = a.maxWithinAuthorityMinor > 0;
          const own = alone ? formatMoney(a.maxWithinAuthorityMinor, currency) : 'approval';
          const shown = alone ? `up to ${own}` : 'needs approval';
          const shortcut = i < 9 ? `Alt+${i + 1}` : null;
          return (
            <UnstyledButton
              key={a.type}
              type="button"
              onClick={() => onSelect(a.type)}
              aria-pressed={current}
              aria-label={`${a.label}: ${alone ? `up to ${own} on your own` : 'needs approval'}${shortcut ? ` (${shortcut})` : ''}`}
              title={alone ? `${a.label}: up to ${own} on your own` : `${a.label}: needs approval`}
              px={8}
              py={4}
              style={{
                borderRadius: 'var(--mantine-radius-sm)',
                border: `1px solid ${current ? 'var(--mantine-color-leeway-7)' : 'var(--mantine-color-gray-3)'}`,
                background: current ? 'var(--mantine-color-leeway-0)' : undefined,
                minWidth: 0,
              }}
            >
              {/* Two lines: what the speech user sees ("Refund up to $100") is a phrase of the name. */}
              <Stack gap={0} miw={0}>
                <Group gap={4} wrap="nowrap" miw={0}>
                  {shortcut ? (
                    // The digit is drawn by CSS, so the visible words stay a phrase of the name too.
                    <Kbd size="xs" aria-hidden className="ws-hints ws-key" data-key={i + 1} />
                  ) : null}
                  <Text size="xs" fw={600} truncate="end">
                    {/* The trailing space (never drawn) keeps label and amount two words for axe. */}
                    {`${a.label} `}
                  </Text>
                </Group>
                <Text size="xs" fw={600} c={alone ? 'green.9' : 'orange.9'} truncate="end">
                  {shown}
                </Text>
              </Stack>
            </UnstyledButton>
          );
        })}
      </SimpleGrid>
      {unlocks.map((u) => (
        <Text key={`${u.type}:${u.certification}`} size="xs" c={u.held ? 'green.9' : 'dimmed'}>
          {u.line}
        </Text>
      ))}
    </Stack>
  );
}
