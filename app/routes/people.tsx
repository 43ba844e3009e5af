import { Alert, Button, Group, Loader, Paper, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

import { LoadMore } from '../components/LoadMore.tsx';
import { Page } from '../components/Page.tsx';
import { canUse } from '../features/auth/can.ts';
import { useSession } from '../features/auth/session.ts';
import { InvitationsPanel } from '../features/invitations/InvitationsPanel.tsx';
import { PersonAdminDrawer } from '../features/people-admin/PersonAdminDrawer.tsx';
import { PeopleTable } from '../features/people/PeopleTable.tsx';
import { usePeople } from '../features/people/use-people.ts';

/** "3 people", or "50 people shown" while more are to load. */
export function countLabel(count: number, more: boolean): string {
  const people = count === 1 ? '1 person' : `${count} people`;
  return more ? `${people} shown, more to load` : people;
}

export function PeoplePage() {
  const [search, setSearch] = useState('');
  // One request per pause in typing, not one per keystroke.
  const [q] = useDebouncedValue(search.trim(), 250);
  const people = usePeople(q);
  const session = useSession();
  const { organization } = session;
  const canManage = canUse(session, 'people.manage');
  const canInvite = canUse(session, 'invitations.manage');
  // The id, not the row: the drawer then shows the person as refetched after a save.
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = editingId ? (people.rows.find((p) => p.id === editingId) ?? null) : null;
  const loaded = people.isPending ? null : people.rows;

  return (
    <Page
      title="People"
      description={
        canManage
          ? 'Everyone in your organization. Edit a person to change their level, team, manager or personal overrides.'
          : 'Everyone in your organization, with their role, authority level and team.'
      }
    >
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
          {loaded ? (
            <Text size="sm" c="dimmed">
              {countLabel(loaded.length, people.hasMore)}
            </Text>
          ) : null}
        </Group>
      </Group>

      {canInvite ? <InvitationsPanel /> : null}
      {people.isError ? (
        <Alert color="red" title="Could not load people">
          {people.error?.message}
        </Alert>
      ) : null}
      {loaded && loaded.length > 0 ? (
        <PeopleTable
          people={loaded}
          renderActions={
            canManage
              ? (person) => (
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setEditingId(person.id)}
                    aria-label={`Edit ${person.name}`}
                  >
                    Edit
                  </Button>
                )
              : undefined
          }
        />
      ) : null}
      <LoadMore list={people} label="Load more people" />
      {canManage ? (
        <PersonAdminDrawer
          person={editing}
          timeZone={organization.timeZone}
          onClose={() => setEditingId(null)}
        />
      ) : null}
      {loaded && loaded.length === 0 ? (
        <Paper withBorder p="lg">
          <Text c="dimmed">{q ? `No one matches “${q}”.` : 'No people yet.'}</Text>
        </Paper>
      ) : null}
    </Page>
  );
}
