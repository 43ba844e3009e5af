import { List, Stack, Text } from '@mantine/core';

import { parseGuidelines } from './parse-guidelines.ts';

export function Guidelines({ source }: { source: string }) {
  const blocks = parseGuidelines(source);
  if (blocks.length === 0) return null;
  return (
    <Stack gap={6}>
      {blocks.map((block, i) =>
        block.kind === 'paragraph' ? (
          <Text key={i} size="sm">
            {block.text}
          </Text>
        ) : (
          <List key={i} size="sm" spacing={2} withPadding>
            {block.items.map((item, j) => (
              <List.Item key={j}>{item}</List.Item>
            ))}
          </List>
        ),
      )}
    </Stack>
  );
}
