import type { CompiledPolicy } from './compile.ts';
import { decideOutcome, type AuthorityRequest, type Outcome, type Usage } from './decide.ts';

/** One past request as it was decided then. */
export type HistoricalDecision = { request: AuthorityRequest; usage: Usage; outcome: Outcome };

export type ReplaySummary = {
  decisions: number;
  changed: number;
  /** Count by "before→after", e.g. "needs_approval→within_authority". */
  transitions: Record<string, number>;
  /** Spend that needed approval then and would be within authority under the new policy. */
  spendNoLongerNeedingApprovalMinor: number;
  /** Spend that was within authority then and would need approval (or be refused) now. */
  spendNowNeedingApprovalMinor: number;
};

/** Re-decides history under a proposed policy: the what-if simulator's core, and the replay benchmark's. */
export function replayHistory(
  cp: CompiledPolicy,
  history: Iterable<HistoricalDecision>,
): ReplaySummary {
  const summary: ReplaySummary = {
    decisions: 0,
    changed: 0,
    transitions: {},
    spendNoLongerNeedingApprovalMinor: 0,
    spendNowNeedingApprovalMinor: 0,
  };
  for (const past of history) {
    summary.decisions++;
    const now = decideOutcome(cp, past.request, past.usage).outcome;
    if (now === past.outcome) continue;
    summary.changed++;
    const key = `${past.outcome}→${now}`;
    summary.transitions[key] = (summary.transitions[key] ?? 0) + 1;
    if (now === 'within_authority')
      summary.spendNoLongerNeedingApprovalMinor += past.request.amountMinor;
    else if (past.outcome === 'within_authority')
      summary.spendNowNeedingApprovalMinor += past.request.amountMinor;
  }
  return summary;
}
