import type { Browser } from 'playwright-core';

import { signInThroughApi, type ApiSession } from '../approvals/rep-api.ts';
import { baseUrl } from '../support/browser.ts';

export const REP = 'agent@northwind.example';
export const TRAINER = 'trainer@northwind.example';

/** The two questions every test course asks, with the option that is right, by its label. */
export const questions = [
  {
    kind: 'single',
    prompt: 'A loyal customer’s parcel arrived broken. What comes first?',
    options: ['Apologise and fix it', 'Ask for a photo first', 'Send them to the courier'],
    correct: [0],
    right: 'Apologise and fix it',
  },
  {
    kind: 'true_false',
    prompt: 'You may refund within your own limit without asking anyone.',
    options: [],
    correct: [0],
    right: 'True',
  },
] as const;

export const lessons = [
  { title: 'Why we fix it on the spot', body: 'A customer helped **at once** stays a customer.' },
  { title: 'Your refund limits', body: 'Within your limit you decide alone; above it, ask.' },
];

/**
 * A published course awarding Refunds II (the demo policy's certified tier for refunds), written by
 * the trainer through the API as the course builder would. The catalogue entry is made once.
 */
export async function publishRefundsCourse(trainer: ApiSession, title: string): Promise<string> {
  const catalogue = await trainer.context.request.post(`${baseUrl}/api/training/catalogue`, {
    data: {
      key: 'refunds_ii',
      title: 'Refunds II',
      description: 'Refunds up to $250 on your own',
      validityMonths: 12,
    },
    headers: await csrfOf(trainer),
  });
  if (!catalogue.ok() && catalogue.status() !== 409)
    throw new Error(`catalogue answered ${catalogue.status()}: ${await catalogue.text()}`);
  const { course } = await trainer.send<{ course: { id: string } }>(
    'POST',
    '/api/training/courses',
    {
      title,
      summary: 'Refunds and replacements, and the certificate that raises your refund limit.',
      certificationKey: 'refunds_ii',
      passMark: 100,
      questionsPerAttempt: questions.length,
      lessons,
      questions: questions.map(({ right: _right, ...q }) => ({ ...q, options: [...q.options] })),
    },
  );
  await trainer.send('POST', `/api/training/courses/${course.id}/publish`);
  return course.id;
}

async function csrfOf(session: ApiSession): Promise<Record<string, string>> {
  const csrf = (await session.context.cookies()).find((c) => c.name === 'leeway_csrf')?.value;
  return { 'x-csrf-token': csrf ?? '' };
}

type Held = { id: string; key: string; revokedAt: string | null; expiresAt: string | null };

/** Revokes the rep's Refunds II when they hold it, so each run starts from the lower limit. */
export async function withoutRefundsII(browser: Browser): Promise<void> {
  const rep = await signInThroughApi(browser, REP);
  const trainer = await signInThroughApi(browser, TRAINER);
  try {
    const { certifications } = await rep.get<{ certifications: Held[] }>('/api/training/me');
    const now = Date.now();
    for (const c of certifications)
      if (
        c.key === 'refunds_ii' &&
        c.revokedAt === null &&
        (c.expiresAt === null || new Date(c.expiresAt).getTime() > now)
      )
        await trainer.send('POST', `/api/training/certifications/${c.id}/revoke`, {
          reason: 'The browser test starts each run from the lower limit',
        });
  } finally {
    await rep.close();
    await trainer.close();
  }
}
