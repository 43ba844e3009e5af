import { Button, Fieldset, Group, Stack, Textarea, TextInput } from '@mantine/core';

import type { LessonState } from './builder-state.ts';

type Props = { lessons: LessonState[]; onChange: (lessons: LessonState[]) => void };

/** The lessons in order; a body is markdown and may link knowledge articles by their path. */
export function LessonsEditor({ lessons, onChange }: Props) {
  const edit = (i: number, patch: Partial<LessonState>) =>
    onChange(lessons.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <Stack gap="sm">
      {lessons.map((lesson, i) => (
        <Fieldset key={i} legend={`Lesson ${i + 1}`}>
          <Stack gap="xs">
            <TextInput
              label="Lesson title"
              value={lesson.title}
              onChange={(e) => edit(i, { title: e.currentTarget.value })}
            />
            <Textarea
              label="Lesson text (markdown)"
              description="Link an article as [its title](/knowledge/articles/<id>)"
              autosize
              minRows={3}
              value={lesson.body}
              onChange={(e) => edit(i, { body: e.currentTarget.value })}
            />
            <Group>
              <Button
                variant="subtle"
                color="red"
                size="xs"
                onClick={() => onChange(lessons.filter((_, j) => j !== i))}
              >
                Remove lesson {i + 1}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      ))}
      <Button
        variant="default"
        w="fit-content"
        onClick={() => onChange([...lessons, { title: '', body: '' }])}
      >
        Add a lesson
      </Button>
    </Stack>
  );
}
