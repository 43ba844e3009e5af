import type { LearnerQuestion, SituationAnswer } from './api-types.ts';
import { draftFor, readOffer, type OfferDraft } from './offer.ts';

/** A question's answer as the learner builds it: options picked by place, or a situation's offer. */
export type AnswerDraft = { picked: number[] } | { offer: OfferDraft };

/** A true/false question may come without options of its own: True is 0, False is 1. */
export function optionsOf(question: Pick<LearnerQuestion, 'kind' | 'options'>): string[] {
  if (question.kind === 'true_false' && question.options.length === 0) return ['True', 'False'];
  return question.options;
}

export function emptyDraft(question: LearnerQuestion): AnswerDraft {
  return question.situation ? { offer: draftFor(question.situation) } : { picked: [] };
}

/** What POST /attempts/:id/answers takes for the draft, or why it cannot be sent yet. */
export function answerOf(
  question: LearnerQuestion,
  draft: AnswerDraft,
): { answer: number[] | SituationAnswer } | { error: string } {
  if ('offer' in draft) {
    const currency = question.situation?.asks.amount.currency ?? 'USD';
    const read = readOffer(draft.offer, currency);
    return 'error' in read ? { error: read.error.message } : { answer: read.answer };
  }
  if (draft.picked.length === 0) return { error: 'Pick an answer' };
  return { answer: [...draft.picked].sort((a, b) => a - b) };
}

/** The first question (by place) not ready to send, with why; null when every one is. */
export function firstUnanswered(
  questions: LearnerQuestion[],
  drafts: Record<string, AnswerDraft>,
): { index: number; error: string } | null {
  for (const [index, q] of questions.entries()) {
    const read = answerOf(q, drafts[q.id] ?? emptyDraft(q));
    if ('error' in read) return { index, error: read.error };
  }
  return null;
}
