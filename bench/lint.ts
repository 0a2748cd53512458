/**
 * Lint the whole AWS managed-policy corpus vs parsing it alone, in the same process.
 * Run: npx tsx bench/lint.ts [trials]   (target: lint at most 2x parsePolicy)
 */
import { lint } from '../src/lint/index.js';
import { parsePolicy } from '../src/parse/index.js';
import { CORPUS_OPTIONS, loadCorpus } from '../scripts/lint-corpus.js';

const texts = loadCorpus().map((p) => p.text);

/** Best (minimum) time of `trials` runs over the corpus: the least disturbed by GC and other load. */
function best(trials: number, f: (t: string) => unknown): number {
  let min = Infinity;
  for (let k = 0; k < trials; k++) {
    const start = process.hrtime.bigint();
    for (const t of texts) f(t);
    min = Math.min(min, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return min;
}

function line(label: string, ms: number): void {
  console.log(`${label.padEnd(28)} ${ms.toFixed(1).padStart(8)} ms  ${(texts.length / (ms / 1000)).toFixed(0).padStart(8)} policies/s`);
}

const trials = Number(process.argv[2] ?? 10);
const parse = (t: string) => parsePolicy(t, { kind: 'identity' });
const run = (t: string) => lint(t, CORPUS_OPTIONS);
// first pass fills the per-pattern catalog caches (a cold run is timed separately)
const coldStart = process.hrtime.bigint();
for (const t of texts) run(t);
const cold = Number(process.hrtime.bigint() - coldStart) / 1e6;
best(2, parse);
const parsed = best(trials, parse);
const linted = best(trials, run);
console.log(`${texts.length} policies, best of ${trials} runs`);
line('parsePolicy', parsed);
line('lint (parse + rules)', linted);
line('lint, first run (cold caches)', cold);
console.log(`ratio: lint ${(linted / parsed).toFixed(2)}x parsePolicy (target < 2x); cold ${(cold / parsed).toFixed(2)}x`);
