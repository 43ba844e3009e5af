import { SimpleGrid, Text } from '@mantine/core';

import type { Metrics } from './api-types.ts';
import { BarFigure, type Bar } from './BarFigure.tsx';
import { ContributorsTable, GapsTable, StaleTable } from './InsightTables.tsx';
import { LinkRateChart } from './LinkRateChart.tsx';
import { Section } from './Section.tsx';

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)} %`);

/** One bar per article, under its title. */
const articleBars = <T extends { article: { id: string; title: string } }>(
  rows: T[],
  value: (row: T) => number,
): Bar[] =>
  rows.map((row) => ({ key: row.article.id, label: row.article.title, value: value(row) }));

/** Every figure of the window: charts where comparing matters, tables where the words do. */
export function InsightsFigures({ metrics }: { metrics: Metrics }) {
  const { linkRate } = metrics;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Section title="Link rate">
        <Text size="sm" mb="xs">
          {percent(linkRate.rate)} of closed contacts had an article linked ({linkRate.linked} of{' '}
          {linkRate.closed}).
        </Text>
        <LinkRateChart weeks={linkRate.weeks} />
      </Section>
      <Section title="Reuse per article">
        <BarFigure
          label="Times each article was reused"
          head={['Article', 'Reused']}
          bars={articleBars(metrics.reuse, (r) => r.count)}
          empty="No article was reused in these dates."
          color="blue.7"
        />
      </Section>
      <Section title="Open flags by age">
        <Text size="sm" mb="xs">
          {metrics.openFlags.count} open flags.
        </Text>
        <BarFigure
          label="Open flags by how long they have been open"
          head={['Open for', 'Flags']}
          bars={
            metrics.openFlags.count === 0
              ? []
              : metrics.openFlags.ages.map((a) => ({
                  key: a.label,
                  label: a.label,
                  value: a.count,
                }))
          }
          empty="No open flags."
          color="orange.7"
          columns
        />
      </Section>
      <Section title="Quality per author">
        <BarFigure
          label="Mean quality score per author"
          head={['Author', 'Score']}
          bars={metrics.quality.authors.map((a) => ({
            key: a.person.id,
            // A no-break space keeps "(3 reviewed)" on one line of the chart's label.
            label: `${a.person.name} (${a.reviews}\u00a0reviewed)`,
            value: a.score,
          }))}
          max={100}
          unit=" %"
          empty="No article was scored against the standard in these dates."
          color="teal.7"
        />
      </Section>
      <Section title="Resolving contacts without an approval">
        <BarFigure
          label="Grants within the rep's authority each article resolved"
          head={['Article', 'Resolutions']}
          bars={articleBars(metrics.withoutApproval, (r) => r.resolutions)}
          empty="No grant within the rep's authority had an article linked."
          color="grape.7"
        />
      </Section>
      <Section title="Created and fixed per person">
        <ContributorsTable rows={metrics.contributors} />
      </Section>
      <Section title="Gaps: searches that found nothing linked">
        <GapsTable gaps={metrics.gaps} />
      </Section>
      <Section title="Not reused in 90 days">
        <StaleTable stale={metrics.stale} />
      </Section>
    </SimpleGrid>
  );
}
