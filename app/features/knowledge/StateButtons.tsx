import { Button, Group, Stack, Text } from '@mantine/core';

import type { Article, ArticleState } from './api-types.ts';
import { useChangeState } from './use-knowledge.ts';

/** What each move is called from where the article stands. */
function movesFrom(state: ArticleState): { to: ArticleState; label: string }[] {
  if (state === 'archived') return [{ to: 'not_validated', label: 'Un-archive' }];
  const moves: { to: ArticleState; label: string }[] = [];
  if (state !== 'draft') moves.push({ to: 'draft', label: 'Back to draft' });
  if (state !== 'not_validated')
    moves.push({
      to: 'not_validated',
      label: state === 'draft' ? 'Share it' : 'Mark not validated',
    });
  if (state !== 'validated') moves.push({ to: 'validated', label: 'Validate' });
  moves.push({ to: 'archived', label: 'Archive' });
  return moves;
}

/**
 * The article's state moves. The browser does not know the viewer's licence, so every move shows
 * and the server's refusal ("… needs a contributor licence") is shown as it says it.
 */
export function StateButtons({ article }: { article: Article }) {
  const change = useChangeState(article.id);
  return (
    <Stack gap={4}>
      <Group gap="xs">
        {movesFrom(article.state).map((move) => (
          <Button
            key={move.to}
            size="xs"
            variant={move.to === 'validated' ? 'filled' : 'default'}
            loading={change.isPending && change.variables.state === move.to}
            disabled={change.isPending}
            onClick={() => change.mutate({ state: move.to, expectedVersion: article.version })}
          >
            {move.label}
          </Button>
        ))}
      </Group>
      {change.isError ? (
        <Text size="sm" c="red.8" role="alert">
          Not changed: {change.error.message}
        </Text>
      ) : null}
    </Stack>
  );
}
