import { Alert, Group, Loader, Paper, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Page } from '../components/Page.tsx';
import { PeopleTable } from '../features/people/PeopleTable.tsx';
import { usePeople } from '../features/people/use-people.ts';

export function PeoplePage() {
  const [search, setSearch] = useState('');
  // One request per pause in typing, not one per keystroke.
  const [q] = useDebouncedValue(search.trim(), 250);
  const people = usePeople(q);

  return (
    <Page title="People" description="Everyone in your organization, with their role, authority level and team.">
      <Group align="flex-end" justify="space-between" gap="sm">
        <TextInput
          label="Search people"
          placeholder="Name or email"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
        <Group gap="xs" aria-live="polite">
          {people.isFetching ? <Loader size="xs" role="status" aria-label="Searching" /> : null}
          {people.data ? (
            <Text size="sm" c="dimmed">
              {people.data.length === 1 ? '1 person' : `${people.data.length} people`}
            </Text>
          ) : null}
        </Group>
      </Group>

      {people.isError ? <Alert color="red" title="Could not load people">{people.error.message}</Alert> : null}
      {people.data && people.data.length > 0 ? <PeopleTable people={people.data} /> : null}
      {people.data && people.data.length === 0 ? (
        <Paper withBorder p="lg">
          <Text c="dimmed">{q ? `No one matches “${q}”.` : 'No people yet.'}</Text>
        </Paper>
      ) : null}
    </Page>
  );
}
