import { Typography } from '@mantine/core';
import { useMemo } from 'react';

import { renderArticleMarkdown } from './markdown.ts';

/**
 * The one place the app inserts HTML: an article's markdown, rendered and sanitized by
 * renderArticleMarkdown (marked, then DOMPurify). Everything else renders text.
 */
export function ArticleMarkdown({ source }: { source: string }) {
  const html = useMemo(() => renderArticleMarkdown(source), [source]);
  return (
    <Typography className="article-markdown">
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
