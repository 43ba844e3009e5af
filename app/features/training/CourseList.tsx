import { Badge, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import type { Course, MyTraining } from './api-types.ts';
import { courseStatus } from './format.ts';
import { missingPrerequisites } from './prerequisites.ts';

type CourseListProps = { courses: Course[]; me: MyTraining; now: Date };

/** Every published course with how far I am in its lessons, where I stand and what I still lack. */
export function CourseList({ courses, me, now }: CourseListProps) {
  if (courses.length === 0) return <Text c="dimmed">No course has been published yet.</Text>;
  return (
    <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {courses.map((course) => (
        <CourseRow key={course.id} course={course} me={me} courses={courses} now={now} />
      ))}
    </Stack>
  );
}

function CourseRow({ course, me, courses, now }: { course: Course } & CourseListProps) {
  const attempt = me.attempts.find((a) => a.courseId === course.id);
  const progress = me.progress.find((p) => p.courseId === course.id);
  const missing = missingPrerequisites(course, me, courses, now);
  const lessons = progress && progress.lessonsTotal > 0 ? progress : null;
  const started = Boolean(attempt) || (progress?.lessonsDone ?? 0) > 0;
  return (
    <Stack component="li" gap={4}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text fw={600}>{course.title}</Text>
        <Badge variant="light" color={attempt?.passed ? 'green' : 'gray'}>
          {courseStatus(attempt)}
        </Badge>
      </Group>
      {course.summary ? <Text size="sm">{course.summary}</Text> : null}
      {lessons ? (
        <Progress
          value={(100 * lessons.lessonsDone) / lessons.lessonsTotal}
          aria-label={`${course.title}: ${lessons.lessonsDone} of ${lessons.lessonsTotal} lessons done`}
          size="sm"
        />
      ) : null}
      {lessons ? (
        <Text size="xs" c="dimmed">
          {lessons.lessonsDone} of {lessons.lessonsTotal} lessons done
        </Text>
      ) : null}
      {missing.length > 0 ? (
        <Text size="sm" c="orange.9">
          Before its assessment you need {missing.map((m) => m.label).join(' and ')}.
        </Text>
      ) : null}
      <Group>
        <Button
          component={Link}
          to={`/training?course=${course.id}`}
          size="xs"
          variant={attempt?.passed ? 'default' : 'filled'}
          aria-label={`${started ? 'Continue' : 'Start'} ${course.title}`}
        >
          {started ? 'Continue' : 'Start'}
        </Button>
      </Group>
    </Stack>
  );
}
