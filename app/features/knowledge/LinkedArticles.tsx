import { Anchor, Group, Stack, Text } from '@mantine/core';

import type { Link } from './api-types.ts';
import { StateBadge } from './StateBadge.tsx';

const kindLabels: Record<Link['kind'], string> = {
  reused: 'solved it',
  created: 'written from it',
  flagged: 'flagged on it',
};

type LinkedArticlesProps = {
  links: readonly Link[];
  label: string;
  onOpen: (link: Link) => void;
};

/** The articles linked to a contact, each opening in the side panel. */
export function LinkedArticles({ links, label, onOpen }: LinkedArticlesProps) {
  if (links.length === 0) return null;
  return (
    <Stack component="ul" aria-label={label} gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
      {links.map((link) => (
        <li key={link.id}>
          <Group gap="xs" wrap="nowrap" justify="space-between">
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => onOpen(link)}
              ta="left"
            >
              {link.article.title}
            </Anchor>
            <Group gap={6} wrap="nowrap">
              <Text size="xs" c="dimmed">
                {kindLabels[link.kind]}
              </Text>
              <StateBadge state={link.article.state} />
            </Group>
          </Group>
        </li>
      ))}
    </Stack>
  );
}
