import { describe, expect, it } from 'vitest';

import { generateDemo } from '../demo-data.ts';
import { demoCatalogue, demoCourses } from './demo-courses.ts';
import { planTraining } from './plan-training.ts';

const now = new Date('2026-11-22T15:30:00.000Z');
const DAY = 86_400_000;

describe('the demo courses', () => {
  it('are the four of issue 14, each with lessons and 6 to 10 well-formed questions', () => {
    expect(demoCourses.map((c) => c.title)).toEqual([
      'Empowerment at Northwind',
      'Refunds and replacements',
      'Goodwill gifts',
      'Calm under pressure',
    ]);
    for (const course of demoCourses) {
      expect(course.lessons.length, course.title).toBeGreaterThanOrEqual(2);
      expect(course.questions.length, course.title).toBeGreaterThanOrEqual(6);
      expect(course.questions.length, course.title).toBeLessThanOrEqual(10);
      expect(course.questionsPerAttempt).toBeLessThanOrEqual(course.questions.length);
      for (const q of course.questions) {
        expect(
          q.correct.every((i) => i < q.options.length),
          q.prompt,
        ).toBe(true);
        expect(q.kind === 'multiple' || q.correct.length === 1, q.prompt).toBe(true);
        if (q.kind === 'true_false') expect(q.options).toEqual(['True', 'False']);
        expect(q.explanation, q.prompt).not.toBe('');
      }
    }
  });

  it('award the certifications the demo policy names: refunds_ii (its tier) and goodwill_gifts', () => {
    expect(demoCourses.map((c) => c.certificationKey)).toEqual([
      null,
      'refunds_ii',
      'goodwill_gifts',
      null,
    ]);
    expect(demoCatalogue.map((c) => c.key)).toEqual(['refunds_ii', 'goodwill_gifts']);
  });
});

describe('planTraining', () => {
  const data = generateDemo(now);
  const plan = planTraining(data, now);

  it('is deterministic', () => {
    expect(planTraining(data, now)).toEqual(plan);
  });

  it('scores each attempt from its answers, and certifies exactly the passes of certifying courses', () => {
    for (const a of plan.attempts) {
      const course = demoCourses.find((c) => c.key === a.courseKey)!;
      const right = a.questions.filter((q, i) =>
        same(a.answers[i]!, course.questions[q]!.correct),
      ).length;
      expect(a.score).toBe(Math.round((100 * right) / a.questions.length));
      expect(a.passed).toBe(a.score >= course.passMark);
    }
    const certifying = plan.attempts.filter(
      (a) => a.passed && (a.courseKey === 'refunds' || a.courseKey === 'goodwill'),
    );
    expect(plan.certificates).toHaveLength(certifying.length);
  });

  it('has certificates expiring in the next 30 days, and none for Bryan in Refunds II', () => {
    const soon = plan.certificates.filter(
      (c) => c.expiresAt > now && c.expiresAt.getTime() <= now.getTime() + 30 * DAY,
    );
    expect(soon.length).toBeGreaterThanOrEqual(2);
    expect(
      plan.attempts.filter(
        (a) => a.email === 'agent@northwind.example' && a.courseKey === 'refunds',
      ),
    ).toEqual([]);
    expect(plan.certificates.every((c) => c.expiresAt > now)).toBe(true);
  });

  it('assigns courses due soon, overdue and later', () => {
    const due = plan.assignments.map((a) => Math.round((a.dueAt.getTime() - now.getTime()) / DAY));
    expect(new Set(due)).toEqual(new Set([2, -3, 6]));
    expect(plan.assignments.every((a) => a.assignedAt < now)).toBe(true);
  });
});

function same(a: readonly number[], b: readonly number[]) {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
