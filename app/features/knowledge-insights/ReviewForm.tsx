import { Button, Checkbox, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';

import { ArticleMarkdown } from '../knowledge/ArticleMarkdown.tsx';
import type { Criterion, SampledArticle } from './api-types.ts';
import { useReviewArticle } from './use-insights.ts';

/** The coach ticks the items of the standard the article's current version meets, then scores it. */
export function ReviewForm({
  sampled,
  criteria,
  onScored,
}: {
  sampled: SampledArticle;
  criteria: Criterion[];
  onScored: (message: string) => void;
}) {
  const [met, setMet] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const review = useReviewArticle(sampled.article.id);
  const submit = () =>
    review.mutate(
      { met, comment },
      {
        onSuccess: ({ review: r }) =>
          onScored(
            `“${sampled.article.title}” scored ${r.score} % (${r.met.length} of ${r.totalCriteria}).`,
          ),
      },
    );
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {sampled.article.title}
      </Title>
      <Text size="sm" c="dimmed">
        Version {sampled.version}
        {sampled.author ? ` by ${sampled.author.name}` : ''}
      </Text>
      <Text size="sm">{sampled.problem}</Text>
      {/* Under the article's title, an h2. */}
      <ArticleMarkdown source={sampled.resolution} headingLevel={3} />
      <Checkbox.Group label="What this version meets" value={met} onChange={setMet}>
        <Stack gap={6} mt="xs">
          {criteria.map((c) => (
            <Checkbox key={c.id} value={c.id} label={c.label} description={c.description} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Textarea
        label="Comment for the author"
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      {review.isError ? <Text c="red.8">{review.error.message}</Text> : null}
      <Button onClick={submit} loading={review.isPending} style={{ alignSelf: 'start' }}>
        Score {met.length} of {criteria.length}
      </Button>
    </Stack>
  );
}
