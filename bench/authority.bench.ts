/**
 * npm run bench:authority — the authority engine against cedar-wasm on the same generated policy and
 * requests (20 levels × 12 types, realistic usage), then a replay of 1,000,000 historical requests
 * under a changed policy. Prints progress, the figures, and one JSON line last.
 */
import * as cedar from '@cedar-policy/cedar-wasm/nodejs';

import {
  compilePolicy,
  decide,
  decideOutcome,
  policyToCedar,
  replayHistory,
  requestToCedar,
  type AuthorityPolicy,
  type HistoricalDecision,
} from '../domain/authority/index.ts';
import {
  generatePeople,
  generatePolicy,
  generateRequest,
} from '../domain/authority/testing/generate.ts';
import { createRandom } from '../domain/random.ts';

const OURS = 2_000_000;
const CEDAR = 50_000;
const REPLAY = 1_000_000;
const POOL = 10_000;

const random = createRandom(20261122);
const people = generatePeople(random, 200, 20);
const policy = generatePolicy(random, {
  levels: 20,
  types: 12,
  nesting: true,
  people,
  overrides: 0,
  conditions: 3,
});
const cp = compilePolicy(policy);
const pool = Array.from({ length: POOL }, () => generateRequest(random, cp, people));
console.log(
  `Policy: ${cp.levels.length} levels × ${cp.types.length} types, ${policy.rules.length} rules, ${policy.conditions.length} conditions; ${POOL} distinct requests`,
);

function nsPer(count: number, run: (i: number) => void): number {
  for (let i = 0; i < Math.min(count, 20_000); i++) run(i); // warm-up: let the JIT settle
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) run(i);
  return Number(process.hrtime.bigint() - start) / count;
}

let sink = 0;
const ours = nsPer(OURS, (i) => {
  const { request, usage } = pool[i % POOL]!;
  sink += decide(cp, request, usage).reasons.length;
});
console.log(
  `ours:  ${ours.toFixed(0)} ns per decision (decide with limits and reasons, ${OURS.toLocaleString('en')} decisions)`,
);

const parsed = cedar.preparsePolicySet('bench', { staticPolicies: policyToCedar(cp) });
if (parsed.type !== 'success')
  throw new Error(`Cedar could not parse the export: ${JSON.stringify(parsed)}`);
const calls = pool.map(({ request, usage }) => ({
  ...requestToCedar(request, usage),
  preparsedPolicySetId: 'bench',
  entities: [],
}));
const cedarAnswers: boolean[] = new Array(POOL);
const cedarNs = nsPer(CEDAR, (i) => {
  const answer = cedar.statefulIsAuthorized(calls[i % POOL]!);
  cedarAnswers[i % POOL] = answer.type === 'success' && answer.response.decision === 'allow';
});
console.log(
  `cedar: ${cedarNs.toFixed(0)} ns per decision (statefulIsAuthorized on the preparsed export, ${CEDAR.toLocaleString('en')} decisions)`,
);

let agree = 0;
let allowed = 0;
pool.forEach(({ request, usage }, i) => {
  const within = decide(cp, request, usage).outcome === 'within_authority';
  if (within) allowed++;
  if (within === cedarAnswers[i]) agree++;
});
const agreement = agree / POOL;
console.log(
  `agreement: ${(agreement * 100).toFixed(3)}% of ${POOL} requests (${((allowed / POOL) * 100).toFixed(1)}% within authority)`,
);

// The what-if: every level's per-incident limit raised by a quarter.
const proposed: AuthorityPolicy = {
  ...policy,
  version: policy.version + 1,
  rules: policy.rules.map((r) => ({
    ...r,
    perIncidentMinor: Math.round(r.perIncidentMinor * 1.25),
    valueScaling: r.valueScaling && {
      ...r.valueScaling,
      maxMinor: Math.round(Math.max(r.valueScaling.maxMinor, r.perIncidentMinor) * 1.25),
    },
  })),
};
const proposedCp = compilePolicy(proposed);
process.stdout.write('building 1,000,000 historical decisions');
const history: HistoricalDecision[] = new Array(REPLAY);
for (let i = 0; i < REPLAY; i++) {
  const { request, usage } = pool[i % POOL]!;
  const varied = {
    ...request,
    amountMinor: Math.max(0, request.amountMinor + ((i * 7919) % 2001) - 1000),
  };
  history[i] = { request: varied, usage, outcome: decideOutcome(cp, varied, usage).outcome };
  if (i % 200_000 === 0) process.stdout.write('.');
}
console.log(' done');
const replayStart = process.hrtime.bigint();
const summary = replayHistory(proposedCp, history);
const replaySeconds = Number(process.hrtime.bigint() - replayStart) / 1e9;
console.log(
  `replay: ${REPLAY.toLocaleString('en')} requests re-decided in ${replaySeconds.toFixed(3)} s; ${summary.changed.toLocaleString('en')} change outcome; ` +
    `$${(summary.spendNoLongerNeedingApprovalMinor / 100).toLocaleString('en')} would no longer need approval`,
);
console.log(`        transitions: ${JSON.stringify(summary.transitions)}`);
if (sink < 0) console.log(sink);

console.log(
  JSON.stringify({
    nsPerDecision: Math.round(ours),
    cedarNsPerDecision: Math.round(cedarNs),
    ratio: Number((cedarNs / ours).toFixed(1)),
    agreement,
    replay1MSeconds: Number(replaySeconds.toFixed(3)),
  }),
);
