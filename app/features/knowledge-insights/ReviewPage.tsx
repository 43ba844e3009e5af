import { Alert, Button, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';

import { Page } from '../../components/Page.tsx';
import { ReviewForm } from './ReviewForm.tsx';
import { useReviewSample, useStandard } from './use-insights.ts';

/** A coach's sample of recent articles not yet scored at their current version, one author each first. */
export function ReviewPage() {
  const sample = useReviewSample();
  const standard = useStandard();
  const [chosen, setChosen] = useState<string | null>(null);
  const [scored, setScored] = useState<string | null>(null);
  const articles = sample.data ?? [];
  const current = articles.find((a) => a.article.id === chosen) ?? articles[0];
  const criteria = (standard.data ?? []).filter((c) => c.active);
  return (
    <Page title="Score articles" description="Against the content standard; never your own.">
      <div role="status" aria-live="polite">
        {scored ? <Alert color="teal">{scored}</Alert> : null}
      </div>
      {sample.isError || standard.isError ? (
        <Text c="red.8">{(sample.error ?? standard.error)?.message}</Text>
      ) : !sample.data || !standard.data ? (
        <Loader size="sm" role="status" aria-label="Loading the sample" />
      ) : !current ? (
        <Text size="sm">Every recent article is scored at its current version.</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Stack gap={4} component="nav" aria-label="Sampled articles">
            {articles.map((a) => (
              <Button
                key={a.article.id}
                variant={a.article.id === current.article.id ? 'light' : 'subtle'}
                justify="start"
                onClick={() => setChosen(a.article.id)}
                aria-current={a.article.id === current.article.id}
              >
                {a.article.title}
              </Button>
            ))}
          </Stack>
          <Paper withBorder p="md">
            <ReviewForm
              key={current.article.id}
              sampled={current}
              criteria={criteria}
              onScored={(m) => {
                setScored(m);
                setChosen(null);
              }}
            />
          </Paper>
        </SimpleGrid>
      )}
    </Page>
  );
}
