import { Badge } from '@mantine/core';

import { stateLabels, type ArticleState } from './api-types.ts';

const colors: Record<ArticleState, string> = {
  draft: 'gray',
  not_validated: 'yellow',
  validated: 'teal',
  archived: 'dark',
};

/** Whether a rep may lean on an article: validated, or not validated yet (use with care). */
export function StateBadge({ state }: { state: ArticleState }) {
  return (
    <Badge color={colors[state]} variant="light" size="sm" style={{ flexShrink: 0 }}>
      {stateLabels[state]}
    </Badge>
  );
}
