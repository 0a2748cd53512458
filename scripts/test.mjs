#!/usr/bin/env node
/**
 * `npm test`: build, unit tests (vitest), type tests (tsd against the built declarations), a strict
 * tsc of src, examples, scripts, bench and tests, the docs snippets, and the package lint. Ends
 * with one line `N passed, N failed` summed over vitest tests, tsd files and the other checks.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const results = [];
/** The failed tests with the start of their messages, printed with the summary (a CI log may be cut to its tail). */
const failures = [];
let passed = 0;
let failed = 0;

function run(name, cmd, args, { capture = false, timeoutMinutes = 30, env = process.env } = {}) {
  const started = Date.now();
  console.log(`\n> ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
    shell: false,
    env,
    maxBuffer: 256 * 1024 * 1024,
    // a safety net: a step that hangs fails the run instead of never ending it
    timeout: timeoutMinutes * 60_000,
    killSignal: 'SIGKILL',
  });
  if (r.error?.code === 'ETIMEDOUT') console.log(`\n${name}: no result after ${timeoutMinutes} minutes; stopped and counted as failed`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (capture) {
    process.stdout.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
  }
  const ok = r.status === 0;
  results.push(`${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
  return { ok, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function check(name, cmd, args) {
  const r = run(name, cmd, args, { capture: true });
  if (r.ok) passed++;
  else {
    failed++;
    // for the summary: its first lines that say error, else its last lines
    const lines = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => l.trim() !== '');
    const errors = lines.filter((l) => /error/i.test(l));
    for (const l of (errors.length > 0 ? errors : lines.slice(-3)).slice(0, 5)) failures.push(`${name}: ${oneLine(l, 300)}`);
  }
  return r.ok;
}

mkdirSync('.tmp', { recursive: true });
const npx = 'npx';

// 1. build: everything after uses dist/ (tsd and the package tests resolve 'typed-iam' to it)
const built = check('build', 'npm', ['run', '--silent', 'build']);

// 2. vitest: the z3 oracle in a run of its own, after the others. z3's WebAssembly build crashed
// once ("memory access out of bounds") while the other test files loaded both cores, and passes
// alone; its queries are fixed (seeded), so a real mismatch still fails the same way alone.
const ORACLE = 'test/analyze/oracle.test.ts';
/**
 * z3's WebAssembly build crashing inside a query: "RuntimeError: memory access out of bounds",
 * thrown into the test (seen in a clean-clone run on 2026-12-04) or in a worker, after which z3
 * answers nothing and the oracle's last assertion says "z3 stopped: ...". A fault of the solver's
 * build, not an answer, seen in about one run in ten on this machine. Another form, seen in a
 * clean-clone run on 2026-12-05 (the same seeded queries passed in the runs before and after):
 * z3 prints "UNEXPECTED CODE WAS REACHED. Z3 5.1.0.0 Please file an issue" and `fromString` throws
 * `(error "line 35 column 50: unreachable")`, a WebAssembly trap inside z3's parser.
 */
const Z3_CRASH = /z3 stopped: |RuntimeError: memory access out of bounds|line \d+ column \d+: unreachable/;
function vitestRun(name, args, out, timeoutMinutes, { rerunOnZ3Crash = false } = {}) {
  rmSync(out, { force: true });
  const unhandledOut = out.replace(/\.json$/, '.unhandled.json');
  rmSync(unhandledOut, { force: true });
  // vitest itself, not through npx, so that a stopped run leaves no vitest process behind
  const r = run(
    name,
    process.execPath,
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      ...args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${out}`,
      '--reporter=./scripts/vitest-unhandled-reporter.mjs',
    ],
    { timeoutMinutes, env: { ...process.env, TYPED_IAM_UNHANDLED_OUT: unhandledOut } },
  );
  const report = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : undefined;
  const unhandled = existsSync(unhandledOut) ? JSON.parse(readFileSync(unhandledOut, 'utf8')) : [];
  const testsFailed = report !== undefined && ((report.numFailedTests ?? 0) > 0 || (report.numFailedTestSuites ?? 0) > 0);
  // a crash of z3 is run again once, in a new process: the queries are seeded, so a real mismatch
  // (an assertion, not a crash) fails both times, and a second crash fails the step. A crash shows
  // as a failed test whose error is z3's ("z3 stopped: ..."), or as a run that failed with no test
  // failed: an unhandled error thrown outside every test (the oracle's typed-iam calls all run
  // inside its tests, so only z3's threads or the worker can throw there; vitest still exits 1,
  // as in the CI run of 2026-12-04 that printed "3384 passed, 1 failed"), or no report at all.
  const z3Crashed = report === undefined || !testsFailed || Z3_CRASH.test(JSON.stringify(report.testResults ?? []));
  if (rerunOnZ3Crash && !r.ok && z3Crashed) {
    const what = unhandled[0] === undefined ? '' : ` (${unhandled.length} unhandled error${unhandled.length === 1 ? '' : 's'}, the first: ${unhandled[0].name}: ${unhandled[0].message.split('\n')[0]})`;
    console.log(`\n${name}: z3 stopped answering (its WebAssembly build crashed or hung) before the run was judged${what}; running it again once`);
    results[results.length - 1] = results.at(-1).replace(/^FAIL/, 'z3  ') + `: z3 stopped answering${what}, run again`;
    return vitestRun(`${name}, run again`, args, out, timeoutMinutes);
  }
  if (report === undefined) {
    failed++;
    return;
  }
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  noteFailures(name, report);
  // a file that failed to load has no failed test of its own: count it once
  if ((report.numFailedTests ?? 0) === 0) failed += report.numFailedTestSuites ?? 0;
  if (!r.ok && !testsFailed) {
    // every test passed and vitest still failed: say why in the summary, not only in the log above
    failed++;
    const first = unhandled[0];
    const why =
      first === undefined
        ? `vitest exited with ${r.status ?? 'a signal'} though every test passed`
        : `every test passed, but ${unhandled.length} unhandled error${unhandled.length === 1 ? '' : 's'}: ${first.name}: ${first.message.split('\n')[0]}`;
    results[results.length - 1] += `: ${why}`;
  }
}
/** ANSI colour codes and the stack out, whitespace runs folded: one line of a failure for the summary. */
function oneLine(text, max) {
  // eslint-disable-next-line no-control-regex
  const raw = String(text).replace(/\u001b\[[0-9;]*m/g, '');
  const plain = raw.split(/\n\s+at /)[0].replace(/\s+/g, ' ').trim();
  // the test file's own line the error came from, out of the stack that is left out
  const line = /\/((?:test|test-d)\/[^\s:)]+:\d+):\d+/.exec(raw)?.[1];
  const short = plain.length > max ? `${plain.slice(0, max)}...` : plain;
  return line === undefined ? short : `${short} (${line})`;
}
/** Each failed test of a vitest JSON report (and each file that failed to load), for the summary. */
function noteFailures(step, report) {
  for (const file of report.testResults ?? []) {
    const where = String(file.name ?? '').replace(`${process.cwd()}/`, '');
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of failedTests) failures.push(`${step}: ${where} > ${t.fullName ?? t.title}: ${oneLine((t.failureMessages ?? [])[0] ?? 'no message', 600)}`);
    if (failedTests.length === 0 && file.status === 'failed') failures.push(`${step}: ${where} did not run: ${oneLine(file.message || 'no message', 600)}`);
  }
}
// the package's own consumers (tarball installs, tsc under several TypeScript versions, bundles for
// the browser) take minutes of their own: a step apart, so each step keeps its own time cap
const PACKAGING = 'test/packaging/**';
vitestRun('vitest', ['--exclude', ORACLE, '--exclude', PACKAGING], '.tmp/vitest.json', 20);
vitestRun('vitest (packaging)', ['test/packaging/'], '.tmp/vitest-packaging.json', 20);
// z3 can also run out of its 2 GB and abort a worker, which left vitest waiting for good once:
// the test caps z3's memory, and the run stops after 10 minutes (it takes about 30 s)
vitestRun('vitest (z3 oracle, alone)', [ORACLE], '.tmp/vitest-oracle.json', 10, { rerunOnZ3Crash: true });

// 3. tsd: one test per file of test-d/, failed when tsd reports a diagnostic in it
if (built) {
  const tsd = run('tsd', npx, ['tsd'], { capture: true });
  const files = readdirSync('test-d').filter((f) => f.endsWith('.test-d.ts'));
  const text = tsd.stdout + tsd.stderr;
  let bad = 0;
  for (const f of files)
    if (text.includes(f)) {
      bad++;
      // the file's first diagnostic: tsd prints the file, then one line per diagnostic
      const lines = text.split('\n');
      const at = lines.findIndex((l) => l.includes(f));
      failures.push(`tsd: ${oneLine(`${lines[at]} ${lines[at + 1] ?? ''}`, 300)}`);
    }
  if (!tsd.ok && bad === 0) bad = 1;
  passed += files.length - Math.min(bad, files.length);
  failed += bad;
} else {
  failed++;
}

// 4. strict tsc of src, examples, scripts, bench and tests
check('tsc', npx, ['tsc', '-p', 'tsconfig.json']);

// 5. docs snippets and package lint, where the project defines them
for (const script of ['check:docs', 'lint']) {
  if (pkg.scripts?.[script]) check(script, 'npm', ['run', '--silent', script]);
}

console.log('\nSummary of steps:');
for (const line of results) console.log(`  ${line}`);
if (failures.length > 0) {
  console.log('\nFailed tests (the first 20):');
  for (const line of failures.slice(0, 20)) console.log(`  ${line}`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
