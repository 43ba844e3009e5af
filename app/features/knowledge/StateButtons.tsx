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
 * The article's state moves the viewer may make: the server says which (`can.moves`, from the same
 * record policy the state route enforces), so a licence's missing moves are not offered at all. A
 * refusal still comes through as the server says it (the article moved on meanwhile, a licence
 * revoked since the page opened).
 */
export function StateButtons({
  article,
  allowed,
}: {
  article: Article;
  /** The states the server accepts moving this article to, for this viewer. */
  allowed: readonly ArticleState[];
}) {
  const change = useChangeState(article.id);
  const moves = movesFrom(article.state).filter((move) => allowed.includes(move.to));
  if (moves.length === 0) return null;
  return (
    <Stack gap={4}>
      <Group gap="xs">
        {moves.map((move) => (
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
