import { Alert, Anchor, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { Page } from '../../components/Page.tsx';
import type { CourseDetail } from './api-types.ts';
import { Assessment } from './Assessment.tsx';
import { LessonReader } from './LessonReader.tsx';
import { Section } from './Section.tsx';
import { useCourseDetail } from './use-training.ts';

/** One course: its lessons one by one from where I left off, then its assessment. */
export function CourseView({ courseId }: { courseId: string }) {
  const detail = useCourseDetail(courseId);
  const back = (
    <Anchor component={Link} to="/training" size="sm">
      ← All training
    </Anchor>
  );
  if (detail.isPending)
    return (
      <Page title="Course">
        <Loader size="sm" role="status" aria-label="Loading the course" />
      </Page>
    );
  if (detail.isError)
    return (
      <Page title="Course">
        {back}
        <Alert color="red">{detail.error.message}</Alert>
      </Page>
    );
  return (
    <Page title={detail.data.course.title} description={detail.data.course.summary || undefined}>
      {back}
      <CourseBody detail={detail.data} />
    </Page>
  );
}

function CourseBody({ detail }: { detail: CourseDetail }) {
  const { lessons, progress } = detail;
  const resumeAt = lessons.findIndex((l) => l.id === progress.nextLessonId);
  // Chosen by the learner; until then the first lesson not done, or the assessment when all are.
  const [chosen, setChosen] = useState<number | null>(null);
  const current = chosen ?? (resumeAt === -1 ? lessons.length : resumeAt);
  return (
    <Stack gap="lg">
      {lessons.length > 0 ? (
        <Text size="sm" c="dimmed" role="status">
          {progress.lessonsDone} of {progress.lessonsTotal} lessons done
        </Text>
      ) : null}
      {current < lessons.length ? (
        <LessonReader
          courseId={detail.course.id}
          lessons={lessons}
          index={current}
          onGo={setChosen}
        />
      ) : (
        <Section title="Assessment">
          <Assessment detail={detail} onReview={lessons.length > 0 ? () => setChosen(0) : null} />
        </Section>
      )}
    </Stack>
  );
}
