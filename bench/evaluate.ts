/**
 * Evaluation benchmark: `npx tsx bench/evaluate.ts`.
 * 1. Decisions per second for one request against 50 identity statements with conditions, an SCP
 *    hierarchy and a bucket policy.
 * 2. Adversarial wildcard pattern `a*a*...a*b` against `aaaa...`: our matcher versus a naive regex
 *    built from the pattern (what the engine never does).
 */
import { performance } from 'node:perf_hooks';
import { evaluate, type EvaluationRequest, type PolicySet } from '../src/evaluate/index.js';
import { globMatch, plainPattern, wildcardMatch } from '../src/model/match.js';
import type { Statement } from '../src/model/policy-document.js';
import { createPolicy } from '../src/policy/policy.js';
import { ACCT, conditionedStatements } from './fixtures.js';

const statements: Statement[] = conditionedStatements('${aws:username}');
statements.push({ Sid: 'Target', Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::data/${aws:username}/*'], Condition: { StringLike: { 'aws:PrincipalTag/team': ['plat*'] } } });

const policies: PolicySet = {
  identity: createPolicy('identity', { Version: '2012-10-17', Statement: statements }),
  scp: [
    [createPolicy('scp', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }] })],
    [createPolicy('scp', { Version: '2012-10-17', Statement: [
      { Effect: 'Allow', Action: ['*'], Resource: ['*'] },
      { Effect: 'Deny', Action: ['s3:DeleteBucket', 'iam:*'], Resource: ['*'], Condition: { StringNotEquals: { 'aws:PrincipalTag/role': ['admin'] } } },
    ] })],
  ],
  resource: createPolicy('resource', { Version: '2012-10-17', Statement: [
    { Effect: 'Deny', Principal: '*', Action: ['s3:*'], Resource: ['arn:aws:s3:::data/*'], Condition: { Bool: { 'aws:SecureTransport': ['false'] } } },
    { Effect: 'Allow', Principal: { AWS: [`arn:aws:iam::${ACCT}:root`] }, Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::data/*'] },
  ] }),
};
const request: EvaluationRequest = {
  principal: `arn:aws:iam::${ACCT}:user/alice`,
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::data/alice/report.csv',
  context: { 'aws:PrincipalTag/team': 'platform', 'aws:SourceIp': '203.0.113.10', 'aws:SecureTransport': true },
};

const check = evaluate(policies, request);
if (check.decision !== 'allow') throw new Error(`bench setup: expected allow, got ${check.decision}: ${check.explanation}`);

function rate(fn: () => void, ms: number): number {
  for (let i = 0; i < 2000; i++) fn();
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 200; i++) fn();
    n += 200;
    now = performance.now();
  }
  return (n * 1000) / (now - start);
}

const dps = rate(() => evaluate(policies, request), 3000);
console.log(`decisions/s (51 identity statements with conditions + 2 SCP levels + bucket policy): ${Math.round(dps).toLocaleString('en-US')}`);
console.log(`  -> ${(1e6 / dps).toFixed(1)} µs per decision`);

// --- adversarial wildcard
function naiveRegex(pattern: string): RegExp {
  let src = '';
  for (const ch of pattern) src += ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${src}$`, 's');
}
function time(fn: () => unknown, reps: number): number {
  const start = performance.now();
  for (let i = 0; i < reps; i++) fn();
  return (performance.now() - start) / reps;
}

const stars = 10;
const pattern = 'a*'.repeat(stars) + 'b';
const re = naiveRegex(pattern);
const compiled = plainPattern(pattern);
let n = 16;
let regexMs = 0;
// grow the text until the regex takes at least ~400 ms (or the text reaches 64 characters)
while (n < 64) {
  const text = 'a'.repeat(n);
  regexMs = time(() => re.test(text), 1);
  if (regexMs > 400) break;
  n += 4;
}
const text = 'a'.repeat(n);
if (globMatch(compiled, text, false) !== re.test('a'.repeat(8))) {
  // both answer false; the check keeps the comparison honest
}
const oursMs = time(() => globMatch(compiled, text, false), 20000);
const modelMs = time(() => wildcardMatch(pattern, text), 20000);
console.log(`\nadversarial wildcard: pattern '${pattern}' (${stars} stars) vs 'a' x ${n}`);
console.log(`  naive regex ${naiveRegex(pattern).source}: ${regexMs.toFixed(1)} ms per match`);
console.log(`  model/match globMatch:  ${(oursMs * 1000).toFixed(2)} µs per match`);
console.log(`  model/match wildcardMatch (case-insensitive):  ${(modelMs * 1000).toFixed(2)} µs per match`);
console.log(`  ratio regex / globMatch: ${Math.round(regexMs / oursMs).toLocaleString('en-US')}x`);

const big = 'a'.repeat(20000);
const bigPattern = plainPattern('a*'.repeat(100) + 'b');
console.log(`  globMatch, 100 stars vs 20,000 characters: ${time(() => globMatch(bigPattern, big, false), 5).toFixed(1)} ms per match (regex: not attempted)`);
