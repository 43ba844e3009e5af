import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

import type { SearchResult } from './api-types.ts';

/**
 * A search snippet: plain text from the server with ranges to highlight, drawn as text nodes and
 * <mark> elements, so nothing an article says is ever parsed as HTML here.
 */
export function SnippetText({ result }: { result: Pick<SearchResult, 'snippet' | 'highlights'> }) {
  const { snippet, highlights } = result;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [i, { start, end }] of highlights.entries()) {
    if (start < at || end <= start || end > snippet.length) continue;
    if (start > at) parts.push(snippet.slice(at, start));
    parts.push(<mark key={i}>{snippet.slice(start, end)}</mark>);
    at = end;
  }
  if (at < snippet.length) parts.push(snippet.slice(at));
  return (
    <Text size="sm" c="dimmed" lineClamp={3}>
      {parts}
    </Text>
  );
}
