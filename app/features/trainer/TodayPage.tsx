import { Alert, Anchor, Button, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { Page } from '../../components/Page.tsx';
import { dueLabel, formatDate } from '../training/format.ts';
import { Section } from '../training/Section.tsx';
import type { Assignment, ExpiringCertification, QuestionStat, Today } from './api-types.ts';
import { RevokeCertificate } from './RevokeCertificate.tsx';
import { SignOffForm, type SignOffPrefill } from './SignOffForm.tsx';
import { useTrainerToday } from './use-trainer.ts';

/** The trainer's home: what needs them today, each list with its full count. */
export function TodayPage() {
  const today = useTrainerToday();
  const [prefill, setPrefill] = useState<SignOffPrefill | null>(null);
  return (
    <Page title="Trainer home" description="What needs you today.">
      {today.isPending ? (
        <Loader size="sm" role="status" aria-label="Loading what needs you" />
      ) : today.isError ? (
        <Alert color="red">{today.error.message}</Alert>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <Section title={`Overdue (${today.data.overdue.count})`}>
            <Assignments items={today.data.overdue.first} empty="Nothing is overdue." />
          </Section>
          <Section title={`Due in the next 7 days (${today.data.dueSoon.count})`}>
            <Assignments items={today.data.dueSoon.first} empty="Nothing is due this week." />
          </Section>
          <Section title={`Certificates expiring (${today.data.expiring.count})`}>
            <Expiring items={today.data.expiring.first} revocable />
          </Section>
          <Section title="Questions to improve">
            <WeakQuestions items={today.data.weakQuestions} />
          </Section>
          <Section title="Sign-off requests">
            <SignOffRequests items={today.data.signOffRequests} onPick={setPrefill} />
          </Section>
          <Section title="Sign off a practical skill">
            {/* A request picked starts the form again from what it asks for. */}
            <SignOffForm
              key={prefill ? `${prefill.person.value}-${prefill.certificationKey}` : 'blank'}
              prefill={prefill}
            />
          </Section>
        </SimpleGrid>
      )}
      <Group>
        <Anchor component={Link} to="/trainer/courses">
          Build a course
        </Anchor>
        <Anchor component={Link} to="/trainer/assignments">
          Assign a course
        </Anchor>
        <Anchor component={Link} to="/trainer/progress">
          See progress
        </Anchor>
      </Group>
    </Page>
  );
}

function Rows({ children }: { children: React.ReactNode }) {
  return (
    <Stack component="ul" gap={6} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {children}
    </Stack>
  );
}

function Assignments({ items, empty }: { items: Assignment[]; empty: string }) {
  if (items.length === 0) return <Text c="dimmed">{empty}</Text>;
  const now = new Date();
  return (
    <Rows>
      {items.map((a) => (
        <Text key={a.id} component="li" size="sm">
          <strong>{a.person.name}</strong>: {a.course.title}, {dueLabel(a.dueAt, now)}
        </Text>
      ))}
    </Rows>
  );
}

/** Certificates expiring soon; on Trainer home each can be revoked (the progress page only lists them). */
export function Expiring({
  items,
  revocable = false,
}: {
  items: ExpiringCertification[];
  revocable?: boolean;
}) {
  if (items.length === 0) return <Text c="dimmed">None in the next 30 days.</Text>;
  return (
    <Rows>
      {items.map((c) => (
        <Text key={c.id} component="li" size="sm">
          <Group justify="space-between" gap="xs" wrap="wrap">
            <span>
              <strong>{c.person.name}</strong>: {c.title}, expires {formatDate(c.expiresAt)}
            </span>
            {revocable ? (
              <RevokeCertificate id={c.id} what={`${c.title} for ${c.person.name}`} />
            ) : null}
          </Group>
        </Text>
      ))}
    </Rows>
  );
}

function SignOffRequests({
  items,
  onPick,
}: {
  items: Today['signOffRequests'];
  onPick: (prefill: SignOffPrefill) => void;
}) {
  if (items.length === 0) return <Text c="dimmed">Nobody is waiting for a sign-off.</Text>;
  return (
    <Rows>
      {items.map((r) => (
        <Group key={r.id} component="li" justify="space-between" gap="xs" wrap="wrap">
          <Text size="sm">
            {r.person.name}: {r.certificationKey}, asked {formatDate(r.requestedAt)}
          </Text>
          <Button
            size="xs"
            variant="default"
            aria-label={`Sign off ${r.certificationKey} for ${r.person.name}`}
            onClick={() =>
              onPick({
                person: { value: r.person.id, label: r.person.name },
                certificationKey: r.certificationKey,
              })
            }
          >
            Sign off
          </Button>
        </Group>
      ))}
    </Rows>
  );
}

function WeakQuestions({ items }: { items: QuestionStat[] }) {
  if (items.length === 0) return <Text c="dimmed">No question is answered badly.</Text>;
  return (
    <Rows>
      {items.map((q) => (
        <Text key={q.questionId} component="li" size="sm">
          {q.prompt} ({q.courseTitle}): {Math.round((q.rightShare ?? 0) * 100)}% right
          {q.mostPickedWrong ? `; most picked wrong: ${q.mostPickedWrong.labels.join(', ')}` : ''}
        </Text>
      ))}
    </Rows>
  );
}
