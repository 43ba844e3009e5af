import { describe, expect, it } from 'vitest';

import { builderStateOf, courseBodyOf, emptyCourse, emptyQuestion } from './builder-state.ts';

describe('course builder state', () => {
  it('sends numbers, option lines and a situation in minor units, and reads them back', () => {
    const state = {
      ...emptyCourse(),
      title: 'Refunds',
      certificationKey: 'refunds_ii',
      lessons: [
        { title: 'One', body: 'Body' },
        { title: '', body: '' },
      ],
      questions: [
        { ...emptyQuestion('single', []), prompt: 'Which?', options: 'A\n\n B \n', correct: [1] },
        {
          ...emptyQuestion('situation', ['refund', 'gift']),
          prompt: 'What do you do?',
          situation: {
            ...emptyQuestion('situation', ['refund', 'gift']).situation,
            says: 'Broken',
            asksAmount: '120.50',
            flags: 'vip, fragile',
          },
        },
      ],
    };
    const body = courseBodyOf(state, 'USD');
    expect(body).toMatchObject({
      passMark: 80,
      questionsPerAttempt: 1,
      certificationKey: 'refunds_ii',
      lessons: [{ title: 'One', body: 'Body' }],
    });
    expect(body.questions[0]).toMatchObject({ options: ['A', 'B'], correct: [1] });
    expect(body.questions[1]).toMatchObject({
      kind: 'situation',
      situation: {
        customer: { lifetimeValueMinor: 500_00, currency: 'USD', flags: ['vip', 'fragile'] },
        orderAgeDays: 5,
        asks: { type: 'refund', amountMinor: 120_50 },
        types: ['refund', 'gift'],
      },
    });
    const back = builderStateOf({
      ...body,
      summary: '',
      retakeCooldownHours: 24,
      timeLimitMinutes: null,
      requires: { certifications: [], courses: [] },
      lessons: [{ title: 'One', body: 'Body' }],
      questions: body.questions.map((q) => ({
        options: [],
        correct: [],
        explanation: '',
        ...q,
        situation: q.situation && { ...q.situation, prior: null, orderAgeDays: 5 },
      })),
    } as Parameters<typeof builderStateOf>[0]);
    expect(back.questions[1]?.situation.asksAmount).toBe('120.50');
    expect(back.questions[0]?.options).toBe('A\nB');
  });

  it('keeps an empty number as NaN so the server names the field', () => {
    const body = courseBodyOf({ ...emptyCourse(), passMark: '' }, 'USD');
    expect(Number.isNaN(body.passMark)).toBe(true);
  });
});
