import { Alert, Anchor, Loader, Stack, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';

import { Page } from '../../components/Page.tsx';
import { Section } from '../training/Section.tsx';
import { usePublishedCourses } from '../training/use-training.ts';
import type { CourseContent } from './api-types.ts';
import { builderStateOf, emptyCourse } from './builder-state.ts';
import { CourseForm } from './CourseForm.tsx';
import { useCourseContent } from './use-trainer.ts';

/** New course, or `?course=<id>`: a course as stored (a draft to edit, a published one to read). */
export function CourseBuilderPage() {
  const [params, setParams] = useSearchParams();
  const courseId = params.get('course');
  const content = useCourseContent(courseId);
  return (
    <Page
      title="Course builder"
      description="Lessons, questions and practice situations; preview as a learner, then publish."
    >
      {courseId === null ? (
        <>
          <CourseForm
            key="new"
            initial={emptyCourse()}
            course={null}
            onSaved={(id) => setParams({ course: id })}
          />
          <PublishedCourses />
        </>
      ) : content.isPending ? (
        <Loader size="sm" role="status" aria-label="Loading the course" />
      ) : content.isError ? (
        <Alert color="red">{content.error.message}</Alert>
      ) : (
        <Stored content={content.data} />
      )}
    </Page>
  );
}

function Stored({ content }: { content: CourseContent }) {
  return (
    <Stack gap="sm">
      <Anchor component={Link} to="/trainer/courses" size="sm">
        ← A new course
      </Anchor>
      <CourseForm
        key={content.course.id}
        initial={builderStateOf(content.content)}
        course={content.course}
        onSaved={() => undefined}
      />
    </Stack>
  );
}

function PublishedCourses() {
  const courses = usePublishedCourses();
  return (
    <Section title="Published courses">
      {courses.data?.length ? (
        <Stack component="ul" gap={4} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {courses.data.map((c) => (
            <li key={c.id}>
              <Anchor component={Link} to={`/trainer/courses?course=${c.id}`}>
                {c.title}
              </Anchor>
            </li>
          ))}
        </Stack>
      ) : (
        <Text c="dimmed">None yet.</Text>
      )}
    </Section>
  );
}
