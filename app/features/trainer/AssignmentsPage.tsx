import { SimpleGrid } from '@mantine/core';

import { Page } from '../../components/Page.tsx';
import { Section } from '../training/Section.tsx';
import { AssignForm } from './AssignForm.tsx';
import { AssignmentList } from './AssignmentList.tsx';

/** Courses assigned with a due date: make assignments, see their status, cancel the open ones. */
export function AssignmentsPage() {
  return (
    <Page
      title="Assignments"
      description="Assign a published course to teams or people with a due date, and follow each one."
    >
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Section title="Assign a course">
          <AssignForm />
        </Section>
        <Section title="Assignments made">
          <AssignmentList />
        </Section>
      </SimpleGrid>
    </Page>
  );
}
