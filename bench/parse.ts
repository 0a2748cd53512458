/**
 * Parse + validate the AWS managed-policy corpus vs `JSON.parse` alone on the same texts.
 * Run: npx tsx bench/parse.ts   (target: parsePolicy at most 4x JSON.parse)
 */
import { validateDocument } from '../src/model/kinds.js';
import { parsePolicy } from '../src/parse/index.js';
import { managedPolicyDocuments } from './fixtures.js';

const texts = managedPolicyDocuments().map(([, document]) => JSON.stringify(document, null, 4));
const chars = texts.reduce((n, t) => n + t.length, 0);

/** One run over the corpus, in ms. */
function once(f: (t: string, i: number) => unknown): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < texts.length; i++) f(texts[i]!, i);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Best (minimum) time of `trials` runs of each function over the corpus: the least disturbed by GC
 * and other load. The runs are interleaved, so a busy spell on a shared machine slows all alike.
 */
function best(trials: number, ...fs: ((t: string, i: number) => unknown)[]): number[] {
  const min = fs.map(() => Infinity);
  for (let k = 0; k < trials; k++) fs.forEach((f, j) => (min[j] = Math.min(min[j]!, once(f))));
  return min;
}

function line(label: string, ms: number): void {
  const perSecond = texts.length / (ms / 1000);
  console.log(`${label.padEnd(34)} ${ms.toFixed(1).padStart(7)} ms  ${perSecond.toFixed(0).padStart(8)} policies/s  ${(chars / 1e6 / (ms / 1000)).toFixed(0).padStart(4)} MB/s`);
}

const trials = Number(process.argv[2] ?? 20);
console.log(`${texts.length} policies, ${(chars / 1e6).toFixed(2)} M characters (indented as AWS returns them), best of ${trials} runs`);
const parse = (t: string) => parsePolicy(t, { kind: 'identity' });
const parseOnly = (t: string) => JSON.parse(t);
best(3, parseOnly, parse); // warm up
const [base, ours] = best(trials, parseOnly, parse) as [number, number];
const docs = texts.map((t) => parsePolicy(t, { kind: 'identity' }).document);
const [validation] = best(trials, (_, i) => validateDocument(docs[i]!, 'identity')) as [number];
line('JSON.parse', base);
line('parsePolicy (identity)', ours);
line('  of which validateDocument (model)', validation);
console.log(`ratio: ${(ours / base).toFixed(2)}x JSON.parse (target <= 4x); without model validation ${((ours - validation) / base).toFixed(2)}x`);

// one large document: ~10 MB of statements
const statement = { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::bucket/*' };
const big = JSON.stringify({ Version: '2012-10-17', Statement: Array.from({ length: 110_000 }, () => statement) });
for (const [label, f] of [['JSON.parse 10 MB', () => JSON.parse(big)], ['parsePolicy 10 MB', () => parsePolicy(big)]] as const) {
  f();
  const start = process.hrtime.bigint();
  f();
  console.log(`${label.padEnd(34)} ${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(0).padStart(7)} ms  (${(big.length / 1e6).toFixed(1)} MB)`);
}
