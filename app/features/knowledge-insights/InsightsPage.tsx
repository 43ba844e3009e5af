import { Anchor, Group, Loader, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { Page } from '../../components/Page.tsx';
import { InsightsFigures } from './InsightsFigures.tsx';
import { useMetrics } from './use-insights.ts';

const isoDay = (date: Date) => date.toLocaleDateString('sv');

/** The knowledge coaches' and leaders' page: the figures over the dates picked (90 days to today). */
export function InsightsPage() {
  const today = new Date();
  const [from, setFrom] = useState(isoDay(new Date(today.getTime() - 89 * 86_400_000)));
  const [to, setTo] = useState(isoDay(today));
  const metrics = useMetrics(from, to);
  return (
    <Page
      title="Knowledge insights"
      description="How the knowledge base is used and kept: for coaches and the people who lead the floor."
    >
      <Group align="end" wrap="wrap">
        <TextInput
          type="date"
          label="From"
          value={from}
          max={to}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label="To"
          value={to}
          min={from}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
        <Anchor component={Link} to="/knowledge/review">
          Score sampled articles
        </Anchor>
      </Group>
      {metrics.isError ? (
        <Text c="red.8">{metrics.error.message}</Text>
      ) : !metrics.data ? (
        <Loader size="sm" role="status" aria-label="Loading the figures" />
      ) : (
        <InsightsFigures metrics={metrics.data} />
      )}
    </Page>
  );
}
