import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';

import { parseMoneyInput } from '../../../domain/money.ts';
import { ArticleMarkdown } from '../knowledge/ArticleMarkdown.tsx';
import { emptyDraft, type AnswerDraft } from '../training/answers.ts';
import type { LearnerQuestion } from '../training/api-types.ts';
import { QuestionField } from '../training/QuestionField.tsx';
import { optionLines, type BuilderState } from './builder-state.ts';

type Props = { state: BuilderState; types: { key: string; label: string }[]; currency: string };

/** The course as a learner meets it: the lessons, then every question of the pool (a draw takes some). */
export function LearnerPreview({ state, types, currency }: Props) {
  const questions = state.questions.map((q, i): LearnerQuestion => ({
    id: `preview-${i}`,
    kind: q.kind,
    prompt: q.prompt,
    options: q.kind === 'single' || q.kind === 'multiple' ? optionLines(q.options) : [],
    ...(q.kind === 'situation'
      ? { situation: previewSituation(q.situation, types, currency) }
      : {}),
  }));
  const [drafts, setDrafts] = useState<Record<string, AnswerDraft>>({});
  return (
    <Stack gap="md">
      {state.lessons.map((lesson, i) => (
        <Stack key={i} gap={4}>
          <Title order={3} size="h4">
            Lesson {i + 1}: {lesson.title}
          </Title>
          <ArticleMarkdown source={lesson.body} headingLevel={4} />
        </Stack>
      ))}
      <Text size="sm" c="dimmed">
        Each attempt draws {state.questionsPerAttempt} of these {questions.length} questions.
      </Text>
      {questions.map((q, i) => (
        <QuestionField
          key={q.id}
          question={q}
          number={i + 1}
          draft={drafts[q.id] ?? emptyDraft(q)}
          onChange={(d) => setDrafts((all) => ({ ...all, [q.id]: d }))}
        />
      ))}
    </Stack>
  );
}

function previewSituation(
  s: BuilderState['questions'][number]['situation'],
  types: Props['types'],
  currency: string,
): NonNullable<LearnerQuestion['situation']> {
  const minor = (text: string) => parseMoneyInput(text, currency) ?? 0;
  return {
    customer: {
      segment: s.segment,
      lifetimeValue: { amountMinor: minor(s.lifetimeValue), currency },
      flags: s.flags
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean),
    },
    orderAgeDays: s.orderAgeDays ? Number(s.orderAgeDays) : null,
    prior: null,
    says: s.says,
    asks: { type: s.asksType, amount: { amountMinor: minor(s.asksAmount), currency } },
    types: types.filter((t) => s.types.includes(t.key)),
  };
}
