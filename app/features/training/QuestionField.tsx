import { Checkbox, Fieldset, Radio, Stack, Text } from '@mantine/core';

import { optionsOf, type AnswerDraft } from './answers.ts';
import type { LearnerQuestion } from './api-types.ts';
import { OfferFields } from './OfferFields.tsx';
import { SituationFacts } from './SituationFacts.tsx';

type Props = {
  question: LearnerQuestion;
  number: number;
  draft: AnswerDraft;
  onChange: (draft: AnswerDraft) => void;
  error?: string;
};

/** One drawn question: options to pick (one, or several), or a situation to answer with an offer. */
export function QuestionField({ question, number, draft, onChange, error }: Props) {
  const legend = `Question ${number}`;
  return (
    <Fieldset legend={legend} radius="md">
      <Stack gap="sm">
        <Text fw={500}>{question.prompt}</Text>
        {question.situation && 'offer' in draft ? (
          <>
            <SituationFacts situation={question.situation} />
            <OfferFields
              situation={question.situation}
              draft={draft.offer}
              onChange={(offer) => onChange({ offer })}
            />
          </>
        ) : (
          <Choices question={question} draft={draft} onChange={onChange} legend={legend} />
        )}
        {error ? (
          <Text c="red.8" size="sm" role="alert">
            {error}
          </Text>
        ) : null}
      </Stack>
    </Fieldset>
  );
}

function Choices({
  question,
  draft,
  onChange,
  legend,
}: Omit<Props, 'number'> & { legend: string }) {
  const picked = 'picked' in draft ? draft.picked : [];
  const options = optionsOf(question).map((label, i) => ({ label, value: String(i) }));
  if (question.kind === 'multiple')
    return (
      <Checkbox.Group
        aria-label={`${legend}: pick every right answer`}
        description="Pick every right answer"
        value={picked.map(String)}
        onChange={(values) => onChange({ picked: values.map(Number) })}
      >
        <Stack gap={6} mt={4}>
          {options.map((o) => (
            <Checkbox key={o.value} value={o.value} label={o.label} />
          ))}
        </Stack>
      </Checkbox.Group>
    );
  return (
    <Radio.Group
      aria-label={`${legend}: pick one`}
      value={picked.length > 0 ? String(picked[0]) : null}
      onChange={(value) => onChange({ picked: [Number(value)] })}
    >
      <Stack gap={6} mt={4}>
        {options.map((o) => (
          <Radio key={o.value} value={o.value} label={o.label} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
