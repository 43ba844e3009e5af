import { Alert, Badge, Button, Group, Stack, Switch } from '@mantine/core';
import { useState } from 'react';

import { Section } from '../training/Section.tsx';
import type { Course } from './api-types.ts';
import { courseBodyOf, type BuilderState } from './builder-state.ts';
import { LearnerPreview } from './LearnerPreview.tsx';
import { LessonsEditor } from './LessonsEditor.tsx';
import { QuestionsEditor } from './QuestionsEditor.tsx';
import { SettingsFields } from './SettingsFields.tsx';
import { usePolicyTypes } from './use-policy-types.ts';
import { usePublishCourse, useSaveCourse } from './use-trainer.ts';

type Props = { initial: BuilderState; course: Course | null; onSaved: (id: string) => void };

/** The whole course in one form: saved as a draft (again and again), previewed, then published. */
export function CourseForm({ initial, course, onSaved }: Props) {
  const [state, setState] = useState(initial);
  const [preview, setPreview] = useState(false);
  const { types, currency } = usePolicyTypes();
  const save = useSaveCourse(course?.id ?? null);
  const publish = usePublishCourse(course?.id ?? '');
  const editable = course === null || course.state === 'draft';
  const patch = (p: Partial<BuilderState>) => setState((s) => ({ ...s, ...p }));
  const error = save.error ?? publish.error;
  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap">
        <Badge variant="light" color={course?.state === 'published' ? 'green' : 'gray'}>
          {course ? (course.state === 'draft' ? 'Draft' : 'Published') : 'Not saved yet'}
        </Badge>
        <Switch
          label="Preview as a learner"
          checked={preview}
          onChange={(e) => setPreview(e.currentTarget.checked)}
        />
      </Group>
      {preview ? (
        <Section title="Preview">
          <LearnerPreview state={state} types={types} currency={currency} />
        </Section>
      ) : (
        <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="lg">
            <Section title="Settings">
              <SettingsFields state={state} onChange={patch} />
            </Section>
            <Section title="Lessons">
              <LessonsEditor lessons={state.lessons} onChange={(lessons) => patch({ lessons })} />
            </Section>
            <Section title="Questions">
              <QuestionsEditor
                questions={state.questions}
                types={types}
                onChange={(questions) => patch({ questions })}
              />
            </Section>
          </Stack>
        </fieldset>
      )}
      {error ? (
        <Alert color="red" role="alert" title="Not saved">
          {error.message}
        </Alert>
      ) : null}
      {save.isSuccess && !save.isPending ? (
        <Alert color="green" role="status">
          Draft saved.
        </Alert>
      ) : null}
      {editable ? (
        <Group>
          <Button
            loading={save.isPending}
            onClick={() =>
              save.mutate(courseBodyOf(state, currency), { onSuccess: (d) => onSaved(d.course.id) })
            }
          >
            Save draft
          </Button>
          {course ? (
            <Button variant="light" loading={publish.isPending} onClick={() => publish.mutate()}>
              Publish
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
}
