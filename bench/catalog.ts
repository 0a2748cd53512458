/**
 * Catalog benchmark: expandActions against a regex scan of the same data (goal: at least 10x
 * faster), and the first-use decode cost. Run with `npx tsx bench/catalog.ts`.
 */
import { expandActions } from '../src/catalog/index.js';

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
