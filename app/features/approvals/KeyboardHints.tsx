import { Card, Group, Kbd, Stack, Text, Title } from '@mantine/core';

const hints: [keys: string[], what: string][] = [
  [['j', '↓'], 'next request'],
  [['k', '↑'], 'previous request'],
  [['a'], 'approve (add a note)'],
  [['r'], 'approve a lower amount'],
  [['d'], 'deny (say why)'],
  [['Enter'], 'confirm'],
  [['Esc'], 'cancel, then close'],
];

/** Shown beside the queue on a wide screen; a phone has no keyboard to use them with. */
export function KeyboardHints() {
  return (
    <Card
      withBorder
      padding="md"
      visibleFrom="sm"
      component="section"
      aria-labelledby="keyboard-hints-heading"
    >
      <Title order={2} size="h5" id="keyboard-hints-heading" mb="xs">
        Keyboard
      </Title>
      <Stack gap={6}>
        {hints.map(([keys, what]) => (
          <Group key={`${keys.join()}-${what}`} gap="xs" wrap="nowrap">
            <Group gap={4} wrap="nowrap" miw={72}>
              {keys.map((key) => (
                <Kbd key={key} size="xs">
                  {key}
                </Kbd>
              ))}
            </Group>
            <Text size="sm">{what}</Text>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
