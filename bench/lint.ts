/**
 * Lint the whole AWS managed-policy corpus vs parsing it alone, in the same process.
 * Run: npx tsx bench/lint.ts [trials]
 *
 * Goals (issues 5 and 15): `lint` of already-parsed policies (parsed afresh before each timed run,
 * untimed, so no string of one run helps the next) at most 1.5x `parsePolicy` of the JSON texts;
 * each ratio is the median, over interleaved rounds, of the two times taken in the same round;
 * `lint(text)`, which reads the text with the one reader and then runs the rules, at most 2.5x; and
 * issue 15's own goal, "lint of the whole corpus stays within 2x of parsing it", read strictly as
 * `lint(text)` at most 2x (the rules in at most the time of parsing). Did-you-mean runs inside lint
 * (148 unknown actions and services in the corpus).
 * Cold: the first lint of the corpus in this process (catalog decoding, caches and JIT warm-up
 * included), and, in fresh processes of the built package (`npm run build`), the import of
 * `typed-iam/lint` plus one lint of a small policy, and `typed-iam lint <file>` beside `node -e 0`
 * (medians; reported, no goal).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../src/lint/index.js';
import { parsePolicy } from '../src/parse/index.js';
import type { Policy } from '../src/policy/types.js';
import { CORPUS_OPTIONS, loadCorpus } from '../scripts/lint-corpus.js';

const texts = loadCorpus().map((p) => p.text);
const parse = (t: string) => parsePolicy(t, { kind: 'identity' });

/** Time of one run of `f` over `inputs`, in ms. */
function timeRun<T>(inputs: readonly T[], f: (x: T) => unknown): number {
  const start = process.hrtime.bigint();
  for (const x of inputs) f(x);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;

function line(label: string, ms: number): void {
  console.log(`${label.padEnd(40)} ${ms.toFixed(1).padStart(8)} ms  ${(texts.length / (ms / 1000)).toFixed(0).padStart(8)} policies/s`);
}

const trials = Number(process.argv[2] ?? 15);
const fresh = (): Policy<'identity'>[] => texts.map(parse);
// first pass fills the per-pattern catalog caches (a cold run is timed separately)
const cold = timeRun(fresh(), (p) => lint(p, CORPUS_OPTIONS));
timeRun(texts, parse);
timeRun(texts, (t) => lint(t, CORPUS_OPTIONS));
// interleaved rounds: each round times parse, lint of parsed policies (parsed afresh, untimed) and
// lint of text one after the other, so a burst of load falls on one round, not on one contender;
// a ratio is the median over rounds of the two times of the same round
const rounds: { parse: number; parsed: number; text: number }[] = [];
for (let k = 0; k < trials; k++) {
  const parseMs = timeRun(texts, parse);
  const inputs = fresh();
  const parsedMs = timeRun(inputs, (p) => lint(p, CORPUS_OPTIONS));
  const textMs = timeRun(texts, (t) => lint(t, CORPUS_OPTIONS));
  rounds.push({ parse: parseMs, parsed: parsedMs, text: textMs });
}
const parsed = median(rounds.map((r) => r.parse));
console.log(`${texts.length} policies, median of ${trials} interleaved rounds`);
line('parsePolicy(text)', parsed);
line('lint(parsed policy)', median(rounds.map((r) => r.parsed)));
line('lint(text) = parse + rules', median(rounds.map((r) => r.text)));
line('lint(parsed policy), first run (cold)', cold);
const ratioParsed = median(rounds.map((r) => r.parsed / r.parse));
const ratioText = median(rounds.map((r) => r.text / r.parse));
const GOALS = { parsed: 1.5, text: 2.5, issue15: 2 } as const;
const mark = (ratio: number, goal: number): string => `${ratio.toFixed(2)}x parsePolicy (goal <= ${goal}x: ${ratio <= goal ? 'met' : 'NOT met'})`;
console.log(`ratio: lint(parsed policy) ${mark(ratioParsed, GOALS.parsed)}`);
console.log(`ratio: lint(text)          ${mark(ratioText, GOALS.text)}`);
console.log(`ratio: lint(text)          ${mark(ratioText, GOALS.issue15)} (issue 15: lint within 2x of parsing)`);
console.log(`cold: first corpus run ${(cold / parsed).toFixed(2)}x parsePolicy (reported, no goal)`);

// cold start in fresh processes of the built package
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(join(dist, 'lint/index.js'))) console.log('cold start: dist/ not built (npm run build): skipped');
else {
  const dir = mkdtempSync(join(tmpdir(), 'typed-iam-bench-'));
  try {
    const file = join(dir, 'policy.json');
    writeFileSync(file, JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::my-bucket/*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }] }));
    const code = `const t=performance.now();const {lint}=await import(${JSON.stringify(new URL('../dist/lint/index.js', import.meta.url).href)});const i=performance.now();lint((await import('node:fs')).readFileSync(${JSON.stringify(file)},'utf8'));process.stdout.write((i-t)+' '+(performance.now()-i));`;
    const wall = (args: readonly string[]): number => {
      const t = performance.now();
      const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
      return performance.now() - t;
    };
    const imports: number[] = [];
    const firsts: number[] = [];
    const clis: number[] = [];
    const bare: number[] = [];
    for (let round = 0; round < 9; round++) {
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
      const [imported, first] = r.stdout.split(' ').map(Number);
      imports.push(imported!);
      firsts.push(first!);
      bare.push(wall(['-e', '0']));
      clis.push(wall([join(dist, 'cli/main.js'), 'lint', file]));
    }
    console.log(`cold start: import typed-iam/lint ${median(imports).toFixed(1)} ms, first lint of one small policy ${median(firsts).toFixed(1)} ms (median of 9 fresh processes)`);
    console.log(`cold start: typed-iam lint <file> ${median(clis).toFixed(0)} ms vs node -e 0 ${median(bare).toFixed(0)} ms (${(median(clis) / median(bare)).toFixed(2)}x)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
