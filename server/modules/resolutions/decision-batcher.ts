import { KeyedBatcher, type Settled } from '../../batching/batcher.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { decideResolutions, type DecisionHints } from './commands/decide-resolutions.ts';
import { idempotencyKeyOf } from './decision-scope.ts';
import type { ResolutionDecided, ResolutionRequest } from './decision-types.ts';
import { findResolutions } from './queries/find-resolutions.ts';
import { type ResolutionRow } from './queries/select-resolutions.ts';

export type DecisionAnswer = { row: ResolutionRow; replayed: boolean; notice?: string };

export type DecisionBatcher = {
  submit(organizationId: string, request: ResolutionRequest): Promise<DecisionAnswer>;
};

/**
 * Gathers the requests that arrive together, per organization, into one transaction and one read of
 * the answers (group commit). Every decision of an organization appends to one hash chain, whose head
 * row is locked until commit; one transaction per request made that lock the ceiling on throughput.
 * A quiet server still decides a lone request at once: batches form only while one is in flight.
 */
export function createDecisionBatcher(options: {
  db: Db;
  now: () => Date;
  maxBatch?: number;
}): DecisionBatcher {
  const context: BatchContext = { db: options.db, now: options.now, hints: new Map() };
  const batcher = new KeyedBatcher<ResolutionRequest, DecisionAnswer>(
    (organizationId, requests) => runBatch(context, organizationId, requests),
    {
      maxBatch: options.maxBatch ?? 64,
      concurrency: 1,
    },
  );
  return { submit: (organizationId, request) => batcher.submit(organizationId, request) };
}

type BatchContext = { db: Db; now: () => Date; hints: DecisionHints };

async function runBatch(
  options: BatchContext,
  organizationId: string,
  requests: ResolutionRequest[],
): Promise<Array<Settled<DecisionAnswer>>> {
  const decided: Array<Settled<ResolutionDecided>> = new Array(requests.length);
  // A key repeated in one batch (a retry storm) waits for a later round, which sees the first as done.
  for (const round of roundsOfDistinctKeys(requests)) {
    const outcomes = await decideAlone(
      options,
      organizationId,
      round.map((i) => requests[i]!),
    );
    round.forEach((requestIndex, k) => (decided[requestIndex] = outcomes[k]!));
  }
  // Fresh decisions come with their rows; replays (and nothing else) are read back, all in one query.
  const replayed = [
    ...new Set(decided.flatMap((d) => (d.ok && !d.value.row ? [d.value.resolutionId] : []))),
  ];
  const rows = await findResolutions({ db: options.db, organizationId, resolutionIds: replayed });
  return decided.map((d) => {
    if (!d.ok) return d;
    const row = d.value.row ?? rows.get(d.value.resolutionId);
    if (!row) return { ok: false, error: AppError.notFound('Resolution') };
    return {
      ok: true,
      value: {
        row,
        replayed: d.value.replayed,
        ...(d.value.notice ? { notice: d.value.notice } : {}),
      },
    };
  });
}

/**
 * One transaction for the round; if it fails as a whole for a reason no single request owns (a
 * deadlock, a dropped connection), each request is tried alone so one cannot sink the others.
 */
async function decideAlone(
  options: BatchContext,
  organizationId: string,
  requests: ResolutionRequest[],
): Promise<Array<Settled<ResolutionDecided>>> {
  try {
    return await decideResolutions({
      db: options.db,
      organizationId,
      requests,
      now: options.now(),
      hints: options.hints,
    });
  } catch (error) {
    if (requests.length === 1 || error instanceof AppError)
      return requests.map(() => ({ ok: false, error }));
    const outcomes: Array<Settled<ResolutionDecided>> = [];
    for (const request of requests) {
      try {
        outcomes.push(
          ...(await decideResolutions({
            db: options.db,
            organizationId,
            requests: [request],
            now: options.now(),
            hints: options.hints,
          })),
        );
      } catch (single) {
        outcomes.push({ ok: false, error: single });
      }
    }
    return outcomes;
  }
}

/** Indices of the requests split so no round holds one person's idempotency key twice; order kept. */
export function roundsOfDistinctKeys(requests: ResolutionRequest[]): number[][] {
  const rounds: number[][] = [];
  const seen = new Map<string, number>();
  requests.forEach((request, index) => {
    const key = idempotencyKeyOf(request.personId, request.idempotencyKey);
    const round = seen.get(key) ?? 0;
    seen.set(key, round + 1);
    (rounds[round] ??= []).push(index);
  });
  return rounds;
}
