import { Typography } from '@mantine/core';
import { useMemo } from 'react';

import { renderArticleMarkdown, type HeadingLevel } from './markdown.ts';

/**
 * The one place the app inserts HTML: an article's markdown, rendered and sanitized by
 * renderArticleMarkdown (marked, then DOMPurify). Everything else renders text.
 */
export function ArticleMarkdown({
  source,
  headingLevel,
}: {
  source: string;
  /** What a `#` becomes: one below the heading the body sits under, so the outline nests. */
  headingLevel: HeadingLevel;
}) {
  const html = useMemo(() => renderArticleMarkdown(source, headingLevel), [source, headingLevel]);
  return (
    <Typography className="article-markdown">
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
