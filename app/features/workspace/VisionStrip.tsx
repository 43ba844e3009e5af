import { Anchor, Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';

/** The vision of service, one line high and always in view: every decision on this screen starts from it. */
export function VisionStrip({ vision }: { vision: string }) {
  const [expanded, setExpanded] = useState(false);
  const text = vision.trim();
  if (!text) return null;
  return (
    <Paper
      component="section"
      aria-label="Our vision of service"
      px="sm"
      py={6}
      bg="leeway.0"
      radius="sm"
      style={{ borderLeft: '4px solid var(--mantine-color-leeway-7)' }}
    >
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Text size="sm" lineClamp={expanded ? undefined : 1} style={{ flex: 1, minWidth: 0 }}>
          <Text span inherit fw={700} c="leeway.9">
            Our vision:{' '}
          </Text>
          {text}
        </Text>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => setExpanded((v) => !v)}
          aria-expanded={expanded}
          style={{ flexShrink: 0 }}
        >
          {expanded ? 'Less' : 'Read all'}
        </Anchor>
      </Group>
    </Paper>
  );
}
