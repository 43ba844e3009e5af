import { Button, List, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import type { MyTraining } from './api-types.ts';
import { PracticeRound } from './PracticeCard.tsx';
import { trainingKeys } from './use-training.ts';

type Refresher = MyTraining['refreshers'][number];

/** What a published policy change asks of me: each change as a short lesson, then one situation. */
export function RefresherList({ refreshers }: { refreshers: Refresher[] }) {
  return (
    <Stack gap="lg" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {refreshers.map((refresher) => (
        <li key={refresher.id}>
          <RefresherItem refresher={refresher} />
        </li>
      ))}
    </Stack>
  );
}

function RefresherItem({ refresher }: { refresher: Refresher }) {
  const [answering, setAnswering] = useState(false);
  const queryClient = useQueryClient();
  const heading = `${refresher.typeLabel}: policy version ${refresher.policyVersion}`;
  // Refetched only once the learner has read the feedback: done, the refresher leaves the list.
  const finish = () => void queryClient.invalidateQueries({ queryKey: trainingKeys.me });
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {heading}
      </Title>
      <Text size="sm" c="dimmed">
        What changed for {refresher.typeLabel.toLowerCase()}:
      </Text>
      <List size="sm" aria-label={`Changes in ${heading}`}>
        {refresher.lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
      {refresher.situation === null ? null : answering ? (
        <PracticeRound situation={refresher.situation} onNext={finish} nextLabel="Done" />
      ) : (
        <Button variant="light" onClick={() => setAnswering(true)} style={{ alignSelf: 'start' }}>
          Answer its practice situation
        </Button>
      )}
    </Stack>
  );
}
