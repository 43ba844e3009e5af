import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';

import { ApiError } from '../../api/client.ts';
import type { Option } from '../../components/search-select.ts';
import { PersonPicker, TeamPicker } from '../people/Pickers.tsx';
import { usePublishedCourses } from '../training/use-training.ts';
import { assignmentDrafts } from './assign-drafts.ts';
import { ChosenList } from './ChosenList.tsx';
import { useAssignCourse } from './use-trainer-actions.ts';

const fields = ['courseId', 'teamId', 'personIds', 'dueAt'] as const;

/** The server's refusal at the field it names; anything else above the button. */
function errorAt(error: unknown, field: (typeof fields)[number]): string | undefined {
  if (!(error instanceof ApiError) || error.field === undefined) return undefined;
  const named = error.field === field || error.field.startsWith(`${field}.`);
  return named ? error.message : undefined;
}

function formError(error: unknown): string | undefined {
  if (!error) return undefined;
  if (error instanceof ApiError && fields.some((f) => errorAt(error, f))) return undefined;
  return error instanceof Error ? error.message : String(error);
}

/** Adds an option once; the picker is remounted after each pick so it is empty again. */
const added = (list: Option[], option: Option | null) =>
  option && !list.some((o) => o.value === option.value) ? [...list, option] : list;

/** A published course to teams and/or people, with a due date. */
export function AssignForm() {
  const courses = usePublishedCourses();
  const assign = useAssignCourse();
  const [courseId, setCourseId] = useState('');
  const [teams, setTeams] = useState<Option[]>([]);
  const [people, setPeople] = useState<Option[]>([]);
  const [day, setDay] = useState('');

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    assign.mutate(
      assignmentDrafts({
        courseId,
        teamIds: teams.map((t) => t.value),
        personIds: people.map((p) => p.value),
        day,
      }),
      {
        onSuccess: () => {
          setTeams([]);
          setPeople([]);
        },
      },
    );
  };

  const made = assign.data;
  return (
    <form onSubmit={submit} noValidate aria-label="Assign a course">
      <Stack gap="sm">
        <NativeSelect
          label="Course"
          value={courseId}
          onChange={(e) => setCourseId(e.currentTarget.value)}
          data={[
            {
              value: '',
              label: courses.isPending ? 'Loading courses…' : 'Choose a published course',
            },
            ...(courses.data ?? []).map((c) => ({ value: c.id, label: c.title })),
          ]}
          error={errorAt(assign.error, 'courseId')}
        />
        <AssigneeFields
          teams={teams}
          setTeams={setTeams}
          people={people}
          setPeople={setPeople}
          error={assign.error}
        />
        <TextInput
          label="Due date"
          type="date"
          value={day}
          onChange={(e) => setDay(e.currentTarget.value)}
          error={errorAt(assign.error, 'dueAt')}
          maw={220}
        />
        {formError(assign.error) ? <Alert color="red">{formError(assign.error)}</Alert> : null}
        {made && !assign.isPending ? (
          <Text role="status" size="sm">
            Assigned to {made.assignments.length}{' '}
            {made.assignments.length === 1 ? 'person' : 'people'}
            {made.skipped.length > 0
              ? `; ${made.skipped.length} already had it open and kept their due date`
              : ''}
            .
          </Text>
        ) : null}
        <Group>
          <Button type="submit" loading={assign.isPending}>
            Assign
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type SetChosen = React.Dispatch<React.SetStateAction<Option[]>>;

/** Teams and people, picked one at a time; each picker is remounted after a pick so it is empty again. */
function AssigneeFields({
  teams,
  setTeams,
  people,
  setPeople,
  error,
}: {
  teams: Option[];
  setTeams: SetChosen;
  people: Option[];
  setPeople: SetChosen;
  error: unknown;
}) {
  const [picks, setPicks] = useState(0);
  return (
    <>
      <Stack gap={6}>
        <TeamPicker
          key={`team-${picks}`}
          label="Add a team"
          description="Everyone active in the team now"
          value={null}
          initial={null}
          onChange={(_, option) => {
            setTeams((list) => added(list, option));
            setPicks((n) => n + 1);
          }}
          error={errorAt(error, 'teamId')}
        />
        <ChosenList
          label="Teams chosen"
          chosen={teams}
          onRemove={(id) => setTeams((list) => list.filter((t) => t.value !== id))}
        />
      </Stack>
      <Stack gap={6}>
        <PersonPicker
          key={`person-${picks}`}
          label="Add a person"
          filter={{ active: true }}
          value={null}
          initial={null}
          onChange={(_, option) => {
            setPeople((list) => added(list, option));
            setPicks((n) => n + 1);
          }}
          error={errorAt(error, 'personIds')}
        />
        <ChosenList
          label="People chosen"
          chosen={people}
          onRemove={(id) => setPeople((list) => list.filter((p) => p.value !== id))}
        />
      </Stack>
    </>
  );
}
