import { SimpleGrid, Text } from '@mantine/core';

import type { Metrics } from './api-types.ts';
import { BarList } from './BarList.tsx';
import { ContributorsTable, GapsTable, StaleTable } from './InsightTables.tsx';
import { LinkRateChart } from './LinkRateChart.tsx';
import { Section } from './Section.tsx';

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)} %`);

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
        <BarList
          bars={metrics.reuse.map((r) => ({
            key: r.article.id,
            label: r.article.title,
            value: r.count,
          }))}
          empty="No article was reused in these dates."
        />
      </Section>
      <Section title="Open flags by age">
        <Text size="sm" mb="xs">
          {metrics.openFlags.count} open flags.
        </Text>
        <BarList
          bars={metrics.openFlags.ages.map((a) => ({
            key: a.label,
            label: a.label,
            value: a.count,
          }))}
          empty="No open flags."
          color="orange"
        />
      </Section>
      <Section title="Quality per author">
        <BarList
          bars={metrics.quality.authors.map((a) => ({
            key: a.person.id,
            label: `${a.person.name} (${a.reviews} reviewed)`,
            value: a.score,
            shown: `${a.score} %`,
          }))}
          max={100}
          empty="No article was scored against the standard in these dates."
          color="teal"
        />
      </Section>
      <Section title="Resolving contacts without an approval">
        <BarList
          bars={metrics.withoutApproval.map((r) => ({
            key: r.article.id,
            label: r.article.title,
            value: r.resolutions,
          }))}
          empty="No grant within the rep's authority had an article linked."
          color="grape"
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
