import type { SearchResult } from './api-types.ts';
import { ArticleButtons } from './ArticleButtons.tsx';
import { SnippetText } from './SnippetText.tsx';

type ResultListProps = {
  results: readonly SearchResult[];
  /** The list's accessible name. */
  label: string;
  onOpen: (result: SearchResult) => void;
};

/** Search or suggestion results: each one a button that opens the article beside the contact. */
export function ResultList({ results, label, onOpen }: ResultListProps) {
  const items = results.map((result) => ({
    id: result.article.id,
    title: result.article.title,
    state: result.article.state,
    detail: <SnippetText result={result} />,
    onOpen: () => onOpen(result),
  }));
  return <ArticleButtons items={items} label={label} />;
}
