/**
 * Lint the whole AWS managed-policy corpus vs parsing it alone, in the same process.
 * Run: npx tsx bench/lint.ts [trials]
 *
 * Target (issue 5): linting the corpus takes under 2x the time the parser alone takes on it. The
 * target compares like with like: `lint` of already-parsed policies (parsed afresh before each timed
 * run, untimed, so no string or cache of one run helps the next) against `parsePolicy` of the JSON
 * texts. `lint(text)` parses and then runs the rules; it is printed too, as parse + rules.
 */
import { lint } from '../src/lint/index.js';
import { parsePolicy } from '../src/parse/index.js';
import type { Policy } from '../src/policy/types.js';
import { CORPUS_OPTIONS, loadCorpus } from '../scripts/lint-corpus.js';

const texts = loadCorpus().map((p) => p.text);
const parse = (t: string) => parsePolicy(t, { kind: 'identity' });

/** Best (minimum) time of `trials` runs of `f` over the inputs `prepare()` gives (untimed): the least disturbed by GC and other load. */
function best<T>(trials: number, prepare: () => readonly T[], f: (x: T) => unknown): number {
  let min = Infinity;
  for (let k = 0; k < trials; k++) {
    const inputs = prepare();
    const start = process.hrtime.bigint();
    for (const x of inputs) f(x);
    min = Math.min(min, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return min;
}

function line(label: string, ms: number): void {
  console.log(`${label.padEnd(40)} ${ms.toFixed(1).padStart(8)} ms  ${(texts.length / (ms / 1000)).toFixed(0).padStart(8)} policies/s`);
}

const trials = Number(process.argv[2] ?? 10);
const fresh = (): Policy<'identity'>[] => texts.map(parse);
// first pass fills the per-pattern catalog caches (a cold run is timed separately)
const coldInputs = fresh();
const coldStart = process.hrtime.bigint();
for (const p of coldInputs) lint(p, CORPUS_OPTIONS);
const cold = Number(process.hrtime.bigint() - coldStart) / 1e6;
best(2, () => texts, parse);
const parsed = best(trials, () => texts, parse);
const linted = best(trials, fresh, (p) => lint(p, CORPUS_OPTIONS));
const lintedText = best(trials, () => texts, (t) => lint(t, CORPUS_OPTIONS));
console.log(`${texts.length} policies, best of ${trials} runs`);
line('parsePolicy(text)', parsed);
line('lint(parsed policy)', linted);
line('lint(text) = parse + rules', lintedText);
line('lint(parsed policy), first run (cold)', cold);
const ratio = linted / parsed;
console.log(
  `ratio: lint(parsed policy) ${ratio.toFixed(2)}x parsePolicy (target < 2x: ${ratio < 2 ? 'met' : 'NOT met'}); ` +
    `lint(text) ${(lintedText / parsed).toFixed(2)}x; cold ${(cold / parsed).toFixed(2)}x`,
);
