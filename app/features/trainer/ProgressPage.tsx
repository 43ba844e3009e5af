import { Alert, Loader, SimpleGrid, Stack, Table, Text } from '@mantine/core';

import { Page } from '../../components/Page.tsx';
import { BarFigure } from '../knowledge-insights/BarFigure.tsx';
import { Section } from '../training/Section.tsx';
import type { Progress } from './api-types.ts';
import { percentBars } from './progress-figures.ts';
import { Expiring } from './TodayPage.tsx';
import { useTrainingProgress } from './use-trainer.ts';

/** Completion and pass rate by team, coverage per type, what expires, and how each question fares. */
export function ProgressPage() {
  const progress = useTrainingProgress('');
  return (
    <Page
      title="Training progress"
      description="Who has done their courses, who holds the certificates each resolution type asks for, and which questions need work."
    >
      {progress.isPending ? (
        <Loader size="sm" role="status" aria-label="Loading the progress" />
      ) : progress.isError ? (
        <Alert color="red">{progress.error.message}</Alert>
      ) : (
        <Figures data={progress.data} />
      )}
    </Page>
  );
}

function Figures({ data }: { data: Progress }) {
  const team = (t: Progress['teams'][number]) => t.team?.name ?? 'In no team';
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Section title="Completion by team">
          <BarFigure
            label="Share of assignments done, by team"
            bars={percentBars(
              data.teams,
              (t) => t.team?.id ?? 'none',
              team,
              (t) => t.completionRate,
            )}
            head={['Team', 'Done']}
            empty="No assignment yet."
            color="leeway.6"
            max={100}
            unit="%"
          />
        </Section>
        <Section title="Pass rate by team">
          <BarFigure
            label="Share of submitted attempts passed, by team"
            bars={percentBars(
              data.teams,
              (t) => t.team?.id ?? 'none',
              team,
              (t) => t.passRate,
            )}
            head={['Team', 'Passed']}
            empty="No attempt yet."
            color="green.7"
            max={100}
            unit="%"
          />
        </Section>
        <Section title="Certification coverage">
          <BarFigure
            label="Share of people holding a certificate the type names, by resolution type"
            bars={percentBars(
              data.coverage,
              (c) => c.type,
              (c) => c.typeName,
              (c) => c.share,
            )}
            head={['Resolution type', 'Covered']}
            empty="No resolution type names a certification."
            color="blue.7"
            max={100}
            unit="%"
          />
        </Section>
        <Section title="Expiring in 30 days">
          <Expiring items={data.expiring} />
        </Section>
      </SimpleGrid>
      <Section title="Questions">
        <QuestionTable questions={data.questions} />
      </Section>
    </Stack>
  );
}

function QuestionTable({ questions }: { questions: Progress['questions'] }) {
  if (questions.length === 0) return <Text c="dimmed">No question has been answered yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Question</Table.Th>
            <Table.Th>Answers</Table.Th>
            <Table.Th>Right</Table.Th>
            <Table.Th>Most picked wrong answer</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {questions.map((q) => (
            <Table.Tr key={q.questionId}>
              <Table.Td>
                {q.prompt}
                <Text size="xs" c="dimmed">
                  {q.courseTitle}
                </Text>
              </Table.Td>
              <Table.Td>{q.answered}</Table.Td>
              <Table.Td>
                {q.rightShare === null ? '–' : `${Math.round(q.rightShare * 100)}%`}
              </Table.Td>
              <Table.Td>
                {q.mostPickedWrong
                  ? `${q.mostPickedWrong.labels.join(', ')} (${q.mostPickedWrong.count})`
                  : 'None'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
