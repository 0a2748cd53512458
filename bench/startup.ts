/**
 * Start-up cost, each sample in a fresh Node process, contenders interleaved round by round:
 * - import time of the typed-iam root entry (the built package) beside `zod` alone and iam-floyd.
 *   Goals: root at most 1/10 of iam-floyd's and below zod's.
 * - `typed-iam --version` wall time beside a bare `node -e 0`. Goal: at most 1.5x.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROUNDS = 15;
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const root = new URL('../dist/index.js', import.meta.url).href;
const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));

function importMs(url: string): number {
  const code = `const t = performance.now(); await import(${JSON.stringify(url)}); process.stdout.write(String(performance.now() - t));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`importing ${url} failed: ${r.stderr}`);
  return Number(r.stdout);
}

function wallMs(args: readonly string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
  return performance.now() - t;
}

const imports: [string, string][] = [['typed-iam (root entry)', root]];
for (const [name, spec] of [
  ['zod', 'zod'],
  ['iam-floyd', 'iam-floyd'],
] as const) {
  try {
    imports.push([name, pathToFileURL(fileURLToPath(import.meta.resolve(spec))).href]);
  } catch {
    console.log(`(${name} not installed: skipped)`);
  }
}

const importTimes = new Map<string, number[]>(imports.map(([name]) => [name, []]));
const wall = { node: [] as number[], version: [] as number[] };
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, url] of imports) importTimes.get(name)!.push(importMs(url));
  wall.node.push(wallMs(['-e', '0']));
  wall.version.push(wallMs([cli, '--version']));
}

const rootMs = median(importTimes.get('typed-iam (root entry)')!);
console.log(`import time, median of ${ROUNDS} fresh processes:`);
for (const [name] of imports) {
  const ms = median(importTimes.get(name)!);
  console.log(`  ${name.padEnd(26)} ${ms.toFixed(1).padStart(8)} ms   ${name.startsWith('typed-iam') ? '' : `root is ${(rootMs / ms).toFixed(3)}x of it`}`);
}
const floyd = importTimes.get('iam-floyd');
const zod = importTimes.get('zod');
if (floyd !== undefined) console.log(`  goal root <= 1/10 of iam-floyd: ${rootMs <= median(floyd) / 10 ? 'met' : 'NOT met'}`);
if (zod !== undefined) console.log(`  goal root below zod alone: ${rootMs < median(zod) ? 'met' : 'NOT met'}`);
const ratio = median(wall.version) / median(wall.node);
console.log(
  `typed-iam --version ${median(wall.version).toFixed(1)} ms, node -e 0 ${median(wall.node).toFixed(1)} ms: ${ratio.toFixed(2)}x (goal <= 1.5x: ${ratio <= 1.5 ? 'met' : 'NOT met'})`,
);
