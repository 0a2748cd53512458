/**
 * Catalog benchmark: expandActions against a regex scan of the same data (goal: at least 10x
 * faster), and the first-use decode cost. Run with `npx tsx bench/catalog.ts`.
 */
import { expandActions } from '../src/catalog/index.js';
import { wildcardMatch } from '../src/model/match.js';

const t0 = performance.now();
const all = expandActions('*'); // decodes every service once
const firstUse = performance.now() - t0;

/** The peer: one regex per pattern, built from the pattern, tested against every `service:Action`. */
function regexScan(pattern: string): string[] {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  const re = new RegExp(`^${source}$`, 'i');
  return all.filter((a) => re.test(a));
}

function time(fn: () => unknown, minMs = 300): number {
  for (let i = 0; i < 5; i++) fn();
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    runs++;
    elapsed = performance.now() - start;
  }
  return (elapsed * 1000) / runs; // microseconds per call
}

console.log(`catalog: ${all.length} actions; first use (decode all services) ${firstUse.toFixed(1)} ms`);
let ok = true;
for (const pattern of ['ec2:Describe*', 'ec2:*', 's3:Get*Tagging', 'iam:?etRole']) {
  const ours = expandActions(pattern);
  const peer = regexScan(pattern);
  if (ours.length !== peer.length) throw new Error(`${pattern}: ${ours.length} vs regex ${peer.length}`);
  const a = time(() => expandActions(pattern));
  const b = time(() => regexScan(pattern));
  const ratio = b / a;
  ok &&= ratio >= 10;
  console.log(
    `${pattern.padEnd(16)} ${String(ours.length).padStart(4)} actions  expandActions ${a.toFixed(1).padStart(7)} µs  regex scan ${b.toFixed(1).padStart(8)} µs  ${ratio.toFixed(1)}x`,
  );
}
console.log(ok ? 'goal met: every pattern at least 10x faster than the regex scan' : 'GOAL MISSED: some pattern under 10x');

// hostile patterns of 10,000 characters (lint expands every action pattern of a policy it reads);
// the peer is the one wildcard matcher over every name, as expandActions did before (a regex
// backtracks for minutes on these)
for (const [label, pattern] of [
  ['*:(*?)x5000', `*:${'*?'.repeat(5000)}`],
  ['*:(*)x10000', `*:${'*'.repeat(10000)}`],
  ['*:(*)x10000x', `*:${'*'.repeat(10000)}x`],
] as const) {
  const ours = time(() => expandActions(pattern), 100);
  const peer = time(() => all.filter((a) => wildcardMatch(pattern, a)), 100);
  console.log(`${label.padEnd(16)} expandActions ${(ours / 1000).toFixed(2).padStart(7)} ms  matcher over every name ${(peer / 1000).toFixed(2).padStart(8)} ms`);
}
