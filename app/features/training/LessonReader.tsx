import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { ArticleMarkdown } from '../knowledge/ArticleMarkdown.tsx';
import type { Lesson } from './api-types.ts';
import { useCompleteLesson } from './use-training.ts';

type Props = {
  courseId: string;
  lessons: Lesson[];
  index: number;
  onGo: (index: number) => void;
};

/** One lesson, its linked articles, and Done: saved before moving on, so the next sitting resumes. */
export function LessonReader({ courseId, lessons, index, onGo }: Props) {
  const lesson = lessons[index];
  const complete = useCompleteLesson(courseId);
  if (!lesson) return null;
  const last = index === lessons.length - 1;
  const done = () => complete.mutate(lesson.id, { onSuccess: () => onGo(index + 1) });
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby="lesson-title">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Lesson {index + 1} of {lessons.length}
          {lesson.done ? ' · done' : ''}
        </Text>
        <Title order={2} size="h3" id="lesson-title">
          {lesson.title}
        </Title>
        <ArticleMarkdown source={lesson.body} headingLevel={3} />
        {lesson.articles.length > 0 ? (
          <div>
            <Text size="sm" fw={600}>
              Read also
            </Text>
            <List size="sm">
              {lesson.articles.map((a) => (
                <List.Item key={a.id}>
                  <Anchor component={Link} to={`/knowledge?article=${a.id}`}>
                    {a.title}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </div>
        ) : null}
        {complete.isError ? (
          <Text c="red.8" size="sm" role="alert">
            {complete.error.message}
          </Text>
        ) : null}
        <Group justify="space-between" wrap="wrap">
          <Button variant="default" disabled={index === 0} onClick={() => onGo(index - 1)}>
            Previous lesson
          </Button>
          <Button onClick={done} loading={complete.isPending}>
            {last ? 'Done: to the assessment' : 'Done: next lesson'}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
