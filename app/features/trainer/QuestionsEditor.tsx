import { Button, Checkbox, Fieldset, Group, NativeSelect, Stack, Textarea } from '@mantine/core';

import { optionsOf } from '../training/answers.ts';
import {
  emptyQuestion,
  optionLines,
  type QuestionKind,
  type QuestionState,
} from './builder-state.ts';
import { SituationEditor } from './SituationEditor.tsx';

const kindLabels: Record<QuestionKind, string> = {
  single: 'Single choice',
  multiple: 'Multiple choice',
  true_false: 'True or false',
  situation: 'Practice a situation',
};

type Props = {
  questions: QuestionState[];
  types: { key: string; label: string }[];
  onChange: (questions: QuestionState[]) => void;
};

/** The pool an attempt draws from: choices with their right options, or situations. */
export function QuestionsEditor({ questions, types, onChange }: Props) {
  const edit = (i: number, q: QuestionState) =>
    onChange(questions.map((x, j) => (j === i ? q : x)));
  const add = (kind: QuestionKind) =>
    onChange([
      ...questions,
      emptyQuestion(
        kind,
        types.map((t) => t.key),
      ),
    ]);
  return (
    <Stack gap="sm">
      {questions.map((q, i) => (
        <Fieldset key={i} legend={`Question ${i + 1}: ${kindLabels[q.kind]}`}>
          <QuestionEditor
            question={q}
            number={i + 1}
            types={types}
            onChange={(next) => edit(i, next)}
            onRemove={() => onChange(questions.filter((_, j) => j !== i))}
          />
        </Fieldset>
      ))}
      <Group gap="xs">
        {(Object.keys(kindLabels) as QuestionKind[]).map((kind) => (
          <Button key={kind} variant="default" size="xs" onClick={() => add(kind)}>
            Add: {kindLabels[kind].toLowerCase()}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}

type EditorProps = {
  question: QuestionState;
  number: number;
  types: Props['types'];
  onChange: (q: QuestionState) => void;
  onRemove: () => void;
};

function QuestionEditor({ question: q, number, types, onChange, onRemove }: EditorProps) {
  const options =
    q.kind === 'true_false' ? optionsOf({ kind: q.kind, options: [] }) : optionLines(q.options);
  const toggle = (i: number, on: boolean) => {
    const single = q.kind !== 'multiple';
    const correct = on ? (single ? [i] : [...q.correct, i]) : q.correct.filter((c) => c !== i);
    onChange({ ...q, correct });
  };
  return (
    <Stack gap="xs">
      <NativeSelect
        label="Kind"
        value={q.kind}
        data={Object.entries(kindLabels).map(([value, label]) => ({ value, label }))}
        onChange={(e) =>
          onChange({ ...q, kind: e.currentTarget.value as QuestionKind, correct: [] })
        }
      />
      <Textarea
        label="Question"
        autosize
        value={q.prompt}
        onChange={(e) => onChange({ ...q, prompt: e.currentTarget.value })}
      />
      {q.kind === 'situation' ? (
        <SituationEditor
          situation={q.situation}
          types={types}
          onChange={(situation) => onChange({ ...q, situation })}
        />
      ) : null}
      {q.kind === 'single' || q.kind === 'multiple' ? (
        <Textarea
          label="Options"
          description="One a line"
          autosize
          minRows={2}
          value={q.options}
          onChange={(e) => onChange({ ...q, options: e.currentTarget.value })}
        />
      ) : null}
      {q.kind !== 'situation' && options.length > 0 ? (
        <Stack gap={4} role="group" aria-label={`Question ${number}: the right answers`}>
          {options.map((label, i) => (
            <Checkbox
              key={`${i}-${label}`}
              label={`Right: ${label}`}
              checked={q.correct.includes(i)}
              onChange={(e) => toggle(i, e.currentTarget.checked)}
            />
          ))}
        </Stack>
      ) : null}
      <Textarea
        label="Explanation"
        autosize
        value={q.explanation}
        onChange={(e) => onChange({ ...q, explanation: e.currentTarget.value })}
      />
      <Group>
        <Button variant="subtle" color="red" size="xs" onClick={onRemove}>
          Remove question {number}
        </Button>
      </Group>
    </Stack>
  );
}
