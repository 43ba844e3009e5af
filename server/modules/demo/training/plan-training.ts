import { createRandom, type Random } from '../../../../domain/random.ts';
import { drawQuestions } from '../../../../domain/training/draw-questions.ts';
import type { DemoData } from '../demo-data.ts';
import { LOYALTY, ORDERS } from '../demo-staff.ts';
import { demoCourses, type DemoCourse, type DemoQuestion } from './demo-courses.ts';

/** Its own stream, so adding training leaves the rest of the demo exactly as it was. */
const TRAINING_SEED = 20261207;
const DAY = 86_400_000;
/** Bryan's story is to pass Refunds II in the demo, so he has no refunds attempt (nor its cooldown). */
const BRYAN = 'agent@northwind.example';

export type PlannedAttempt = {
  email: string;
  courseKey: string;
  seed: number;
  /** Places in the course's pool, in the drawn order. */
  questions: number[];
  answers: number[][];
  startedAt: Date;
  submittedAt: Date;
  score: number;
  passed: boolean;
};

export type PlannedCertificate = {
  email: string;
  certification: string;
  /** The attempt (by its place in `attempts`) that awarded it. */
  attempt: number;
  issuedAt: Date;
  expiresAt: Date;
};

export type PlannedAssignment = {
  email: string;
  courseKey: string;
  team: string | null;
  assignedAt: Date;
  dueAt: Date;
};

export type TrainingPlan = {
  attempts: PlannedAttempt[];
  certificates: PlannedCertificate[];
  assignments: PlannedAssignment[];
};

/**
 * Who took which course when, with what answers, the certificates their passes awarded (some
 * expiring within 30 days of `now`) and the trainer's assignments (some done, some due in two days,
 * some overdue). Pure and seeded: every install gets the same history ending at `now`.
 */
export function planTraining(data: DemoData, now: Date): TrainingPlan {
  const random = createRandom(TRAINING_SEED);
  const learners = data.people.filter((p) => p.role === 'agent' || p.role === 'team_leader');
  const agents = learners.filter((p) => p.level === 'agent');
  // The half of the agents seed-demo.ts lists as holding goodwill_gifts passed its course.
  const giftHolders = new Set(agents.filter((_, i) => i % 2 === 0).map((p) => p.email));
  const course = (key: string) => demoCourses.find((c) => c.key === key)!;
  const attempts: PlannedAttempt[] = [];
  const certificates: PlannedCertificate[] = [];
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);

  const take = (email: string, c: DemoCourse, daysAgo: number, skill: number) => {
    const attempt = attemptOf(random, email, c, at(daysAgo), skill);
    attempts.push(attempt);
    if (attempt.passed && c.certificationKey) {
      const expiresAt = new Date(attempt.submittedAt);
      expiresAt.setUTCMonth(expiresAt.getUTCMonth() + 12);
      certificates.push({
        email,
        certification: c.certificationKey,
        attempt: attempts.length - 1,
        issuedAt: attempt.submittedAt,
        expiresAt,
      });
    }
    return attempt;
  };

  // Issued about a year ago for some, so the trainer's list of expiring certificates is not empty.
  const giftDaysAgo = [60, 346, 120, 352, 200, 30, 340, 270];
  const refundDaysAgo = [344, 90, 180, 355, 45, 300, 20, 150];
  learners.forEach((person, i) => {
    const skill = 0.55 + random.next() * 0.4;
    if (random.chance(0.85))
      take(person.email, course('empowerment'), random.int(20, 300), skill + 0.1);
    if (random.chance(0.5)) take(person.email, course('calm'), random.int(5, 200), skill);
    if (giftHolders.has(person.email)) {
      const daysAgo = person.email === BRYAN ? 45 : (giftDaysAgo[i % giftDaysAgo.length] ?? 60);
      // A pass is what put them on the list; a weaker learner failed once the day before.
      if (skill < 0.7) take(person.email, course('goodwill'), daysAgo + 1, skill - 0.2);
      const pass = take(person.email, course('goodwill'), daysAgo, 1);
      if (!pass.passed) throw new Error('a planned goodwill pass failed');
    }
    if (person.level === 'agent' && person.email !== BRYAN && random.chance(0.7)) {
      const daysAgo = refundDaysAgo[i % refundDaysAgo.length] ?? 90;
      // Those certified about a year ago passed, so their renewals are what the trainer sees coming.
      take(person.email, course('refunds'), daysAgo, daysAgo >= 335 ? 1 : skill);
    }
  });

  return { attempts, certificates, assignments: planAssignments(data, now) };
}

/** Answers right with the learner's skill, else the course's likeliest wrong option. */
function attemptOf(
  random: Random,
  email: string,
  c: DemoCourse,
  startedAt: Date,
  skill: number,
): PlannedAttempt {
  const seed = random.int(1, 2 ** 31 - 1);
  const questions = drawQuestions(
    c.questions.map((_, i) => i),
    c.questionsPerAttempt,
    seed,
  );
  const answers = questions.map((q) =>
    skill >= 1 || random.chance(skill)
      ? c.questions[q]!.correct
      : wrongAnswer(random, c.questions[q]!),
  );
  const right = answers.filter((a, i) => same(a, c.questions[questions[i]!]!.correct)).length;
  const score = Math.round((100 * right) / questions.length);
  return {
    email,
    courseKey: c.key,
    seed,
    questions,
    answers,
    startedAt,
    submittedAt: new Date(startedAt.getTime() + random.int(8, 40) * 60_000),
    score,
    passed: score >= c.passMark,
  };
}

/** Wrong answers lean to the first wrong option, as real distractors do, so one stands out per question. */
function wrongAnswer(random: Random, q: DemoQuestion): number[] {
  const count = q.options.length;
  const wrong = Array.from({ length: count }, (_, i) => i).filter((i) => !q.correct.includes(i));
  if (q.kind === 'multiple') {
    // One right option left out, or one wrong option added.
    return random.chance(0.5) && q.correct.length > 1
      ? q.correct.slice(1)
      : [...q.correct, wrong[0]!].sort((a, b) => a - b);
  }
  const weighted = wrong.map((option, i) => [option, i === 0 ? 3 : 1] as const);
  return [random.weighted(weighted)];
}

function same(a: readonly number[], b: readonly number[]) {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * The trainer's assignments: Empowerment to Orders & Delivery (made 20 days ago, due in two days,
 * so its reminder is due), Calm under pressure to Loyalty & Escalations (overdue for those who have
 * not passed it since), and Refunds and replacements to Bryan (due in six days).
 */
function planAssignments(data: DemoData, now: Date): PlannedAssignment[] {
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const members = (team: string) =>
    data.people.filter((p) => p.team === team && (p.role === 'agent' || p.role === 'team_leader'));
  return [
    ...members(ORDERS).map((p) => ({
      email: p.email,
      courseKey: 'empowerment',
      team: ORDERS,
      assignedAt: at(-20),
      dueAt: at(2),
    })),
    ...members(LOYALTY).map((p) => ({
      email: p.email,
      courseKey: 'calm',
      team: LOYALTY,
      assignedAt: at(-30),
      dueAt: at(-3),
    })),
    { email: BRYAN, courseKey: 'refunds', team: null, assignedAt: at(-1), dueAt: at(6) },
  ];
}
