import { describe, expect, it } from 'vitest';

import { answerOf, emptyDraft, firstUnanswered, optionsOf } from './answers.ts';
import type { LearnerQuestion } from './api-types.ts';

const single: LearnerQuestion = {
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'single',
  prompt: 'Which?',
  options: ['A', 'B'],
};
const situation: LearnerQuestion = {
  id: '00000000-0000-4000-8000-000000000002',
  kind: 'situation',
  prompt: 'What do you do?',
  options: [],
  situation: {
    customer: {
      segment: 'gold',
      lifetimeValue: { amountMinor: 500_00, currency: 'USD' },
      flags: [],
    },
    orderAgeDays: 3,
    prior: null,
    says: 'It arrived broken.',
    asks: { type: 'refund', amount: { amountMinor: 40_00, currency: 'USD' } },
    types: [{ key: 'refund', label: 'Refund' }],
  },
};

describe('assessment answers', () => {
  it('gives a true/false question its two options when it has none', () => {
    expect(optionsOf({ kind: 'true_false', options: [] })).toEqual(['True', 'False']);
    expect(optionsOf(single)).toEqual(['A', 'B']);
  });

  it('sends picked options in order, and refuses none', () => {
    expect(answerOf(single, { picked: [] })).toEqual({ error: 'Pick an answer' });
    expect(answerOf(single, { picked: [1, 0] })).toEqual({ answer: [0, 1] });
  });

  it('starts a situation at what the customer asks and sends it in minor units', () => {
    const draft = emptyDraft(situation);
    expect(draft).toEqual({ offer: { type: 'refund', amount: '40.00', decision: '' } });
    expect(answerOf(situation, draft)).toEqual({
      error: 'Say whether you would grant it or ask',
    });
    const offer = { type: 'refund', amount: '25.5', decision: 'grant' as const };
    expect(answerOf(situation, { offer })).toEqual({
      answer: { type: 'refund', amount: 25_50, currency: 'USD', decision: 'grant' },
    });
  });

  it('names the first question not answered', () => {
    expect(firstUnanswered([single, situation], {})).toEqual({ index: 0, error: 'Pick an answer' });
    expect(firstUnanswered([single], { [single.id]: { picked: [0] } })).toBeNull();
  });
});
