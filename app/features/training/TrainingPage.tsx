import { Alert, Loader, SimpleGrid, Stack } from '@mantine/core';
import { useSearchParams } from 'react-router';

import { Page } from '../../components/Page.tsx';
import { AssignmentList } from './AssignmentList.tsx';
import { CertificationList } from './CertificationList.tsx';
import { CourseList } from './CourseList.tsx';
import { CourseView } from './CourseView.tsx';
import { PracticeCard } from './PracticeCard.tsx';
import { RefresherList } from './RefresherList.tsx';
import { Section } from './Section.tsx';
import { useMyTraining, usePublishedCourses } from './use-training.ts';
import { useUnlockLines } from './use-unlocks.ts';

/** The rep's training: `?course=<id>` opens one course, so a link to it survives a new sitting. */
export function TrainingPage() {
  const [params] = useSearchParams();
  const courseId = params.get('course');
  if (courseId) return <CourseView courseId={courseId} />;
  return (
    <Page
      title="Training"
      description="Courses at your own pace, the certificates that raise what you may decide, and practice on situations at the edge of your limits."
    >
      <TrainingOverview />
    </Page>
  );
}

function TrainingOverview() {
  const me = useMyTraining();
  const courses = usePublishedCourses();
  const unlocks = useUnlockLines(me.data?.certifications.map((c) => c.key) ?? []);
  if (me.isPending || courses.isPending)
    return <Loader size="sm" role="status" aria-label="Loading your training" />;
  if (me.isError || courses.isError)
    return <Alert color="red">{(me.error ?? courses.error)?.message}</Alert>;
  const now = new Date();
  const refreshers = me.data.refreshers.filter((r) => !r.done);
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <Stack gap="lg">
        {refreshers.length > 0 ? (
          <Section title="Refreshers">
            <RefresherList refreshers={refreshers} />
          </Section>
        ) : null}
        <Section title="My assignments">
          <AssignmentList assignments={me.data.assignments} now={now} />
        </Section>
        <Section title="Courses">
          <CourseList courses={courses.data} me={me.data} now={now} />
        </Section>
      </Stack>
      <Stack gap="lg">
        <Section title="My certifications">
          <CertificationList certifications={me.data.certifications} unlocks={unlocks} now={now} />
        </Section>
        <Section title="Practice anytime">
          <PracticeCard />
        </Section>
      </Stack>
    </SimpleGrid>
  );
}
