import { minorDigits, parseMoneyInput } from '../../../domain/money.ts';
import type { CourseContent, CourseDraft } from './api-types.ts';

export type QuestionKind = 'single' | 'multiple' | 'true_false' | 'situation';

export type SituationState = {
  segment: string;
  lifetimeValue: string;
  flags: string;
  orderAgeDays: string;
  says: string;
  asksType: string;
  asksAmount: string;
  types: string[];
};

export type QuestionState = {
  kind: QuestionKind;
  prompt: string;
  /** One option a line. */
  options: string;
  correct: number[];
  explanation: string;
  situation: SituationState;
};

export type LessonState = { title: string; body: string };

/** The builder's form as typed: numbers stay text until the course is sent. */
export type BuilderState = {
  title: string;
  summary: string;
  certificationKey: string;
  passMark: string;
  questionsPerAttempt: string;
  retakeCooldownHours: string;
  lessons: LessonState[];
  questions: QuestionState[];
};

export const emptySituation = (types: string[]): SituationState => ({
  segment: 'standard',
  lifetimeValue: '500',
  flags: '',
  orderAgeDays: '5',
  says: '',
  asksType: types[0] ?? '',
  asksAmount: '50',
  types,
});

export const emptyQuestion = (kind: QuestionKind, types: string[]): QuestionState => ({
  kind,
  prompt: '',
  options: '',
  correct: [],
  explanation: '',
  situation: emptySituation(types),
});

export const emptyCourse = (): BuilderState => ({
  title: '',
  summary: '',
  certificationKey: '',
  passMark: '80',
  questionsPerAttempt: '1',
  retakeCooldownHours: '24',
  lessons: [{ title: '', body: '' }],
  questions: [],
});

export const optionLines = (options: string) =>
  options
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const listOf = (text: string) =>
  text
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);

/** A number as typed, or NaN: the server names the field that is wrong. */
const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

function situationBody(s: SituationState, currency: string) {
  return {
    customer: {
      segment: s.segment.trim(),
      lifetimeValueMinor: parseMoneyInput(s.lifetimeValue, currency) ?? -1,
      currency,
      flags: listOf(s.flags),
    },
    orderAgeDays: s.orderAgeDays.trim() === '' ? null : numberOf(s.orderAgeDays),
    prior: null,
    says: s.says,
    asks: { type: s.asksType, amountMinor: parseMoneyInput(s.asksAmount, currency) ?? -1 },
    types: s.types,
  };
}

/** What POST and PUT /api/training/courses take, from the form. */
export function courseBodyOf(state: BuilderState, currency: string): CourseDraft {
  return {
    title: state.title,
    summary: state.summary,
    certificationKey: state.certificationKey.trim() || null,
    passMark: numberOf(state.passMark),
    questionsPerAttempt: numberOf(state.questionsPerAttempt),
    retakeCooldownHours: numberOf(state.retakeCooldownHours),
    lessons: state.lessons.filter((l) => l.title.trim() || l.body.trim()),
    questions: state.questions.map((q) =>
      q.kind === 'situation'
        ? {
            kind: q.kind,
            prompt: q.prompt,
            explanation: q.explanation,
            situation: situationBody(q.situation, currency),
          }
        : {
            kind: q.kind,
            prompt: q.prompt,
            options: q.kind === 'true_false' ? [] : optionLines(q.options),
            correct: q.correct,
            explanation: q.explanation,
          },
    ),
  };
}

const money = (minor: number, currency: string) => {
  const digits = minorDigits(currency);
  return (minor / 10 ** digits).toFixed(digits).replace(/\.0+$/, '');
};

/** The form for a stored course, as GET /courses/:id/content gives it. */
export function builderStateOf(content: CourseContent['content']): BuilderState {
  return {
    title: content.title,
    summary: content.summary,
    certificationKey: content.certificationKey ?? '',
    passMark: String(content.passMark),
    questionsPerAttempt: String(content.questionsPerAttempt),
    retakeCooldownHours: String(content.retakeCooldownHours),
    lessons: content.lessons.map((l) => ({ title: l.title, body: l.body })),
    questions: content.questions.map((q) => {
      const s = q.situation;
      const currency = s?.customer.currency ?? 'USD';
      return {
        kind: q.kind,
        prompt: q.prompt,
        options: q.options.join('\n'),
        correct: q.correct,
        explanation: q.explanation,
        situation: s
          ? {
              segment: s.customer.segment,
              lifetimeValue: money(s.customer.lifetimeValueMinor, currency),
              flags: s.customer.flags.join(', '),
              orderAgeDays: s.orderAgeDays === null ? '' : String(s.orderAgeDays),
              says: s.says,
              asksType: s.asks.type,
              asksAmount: money(s.asks.amountMinor, currency),
              types: s.types,
            }
          : emptySituation([]),
      };
    }),
  };
}
