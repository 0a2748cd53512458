/** Tiny benchmark harness: warm up, then take the median of timed batches. */
export interface Result {
  readonly name: string;
  readonly medianMs: number;
  readonly opsPerSecond: number;
  /** Set by {@link compare}: the median over rounds of this time over the baseline's in the same round. */
  readonly ratio?: number;
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** Time of one call of `fn`, averaged over a batch of `batch` calls. */
function timeBatch(fn: () => unknown, batch: number): number {
  const start = performance.now();
  for (let j = 0; j < batch; j++) fn();
  return (performance.now() - start) / batch;
}

/**
 * Times each contender against the baseline in interleaved rounds: a round runs the baseline, then
 * the contender, each for a batch of about `batchMs`. The contender's ratio is the median, over
 * rounds, of its time divided by the baseline's time in the same round. The machine's noise comes
 * in bursts of seconds (shared CPUs): timing one after the other lets a burst fall on one side
 * only, interleaving puts it on both. Contenders are paired with the baseline one at a time, so
 * the garbage of one peer is not collected in the time of another.
 */
export function compare(
  contenders: readonly (readonly [name: string, fn: () => unknown])[],
  baseline: string,
  { warmupMs = 500, rounds = 101, batchMs = 8 }: { warmupMs?: number; rounds?: number; batchMs?: number } = {},
): Result[] {
  const base = contenders.find(([name]) => name === baseline);
  if (base === undefined) throw new Error(`compare: no contender named ${baseline}`);
  const batchOf = (fn: () => unknown): number => {
    // warm up (the engine optimises hot functions after some calls), then size the batch
    const start = performance.now();
    let calls = 0;
    while (calls < 10 || performance.now() - start < warmupMs) {
      fn();
      calls++;
    }
    return Math.max(1, Math.round((batchMs * calls) / (performance.now() - start)));
  };
  const baseBatch = batchOf(base[1]);
  const baseTimes: number[] = [];
  const results: Result[] = [];
  for (const [name, fn] of contenders) {
    if (fn === base[1]) continue;
    const batch = batchOf(fn);
    const times: number[] = [];
    const ratios: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const b = timeBatch(base[1], baseBatch);
      const t = timeBatch(fn, batch);
      baseTimes.push(b);
      times.push(t);
      ratios.push(t / b);
    }
    const medianMs = median(times);
    results.push({ name, medianMs, opsPerSecond: 1000 / medianMs, ratio: median(ratios) });
  }
  const medianMs = median(baseTimes);
  return [{ name: baseline, medianMs, opsPerSecond: 1000 / medianMs, ratio: 1 }, ...results];
}

/** Runs `fn` repeatedly and returns the median time of one call. */
export function timeIt(name: string, fn: () => unknown, { warmup = 5, samples = 25 }: { warmup?: number; samples?: number } = {}): Result {
  for (let i = 0; i < warmup; i++) fn();
  // batch calls so that one sample lasts about 20 ms: garbage collection then falls evenly on all
  const once = performance.now();
  fn();
  const batch = Math.max(1, Math.round(20 / Math.max(performance.now() - once, 0.001)));
  const times: number[] = [];
  for (let i = 0; i < samples; i++) times.push(timeBatch(fn, batch));
  const medianMs = median(times);
  return { name, medianMs, opsPerSecond: 1000 / medianMs };
}

/** Prints results with their ratio to `baseline`; marks goals (`name -> max ratio`). */
export function report(results: readonly Result[], baseline: string, goals: Record<string, number> = {}): void {
  const base = results.find((r) => r.name === baseline);
  for (const r of results) {
    const ratio = r.ratio ?? (base ? r.medianMs / base.medianMs : NaN);
    const goal = goals[r.name];
    const mark = goal === undefined ? '' : ratio <= goal ? `  (goal <= ${goal}x: met)` : `  (goal <= ${goal}x: NOT met)`;
    // two significant digits below 0.1 (a ratio of 0.0012 printed as 0.00x)
    const shown = ratio < 0.1 ? ratio.toPrecision(2) : ratio.toFixed(2);
    console.log(`${r.name.padEnd(50)} ${r.medianMs.toFixed(3).padStart(9)} ms  ${shown.padStart(6)}x${mark}`);
  }
}

/**
 * Adds the contender `name` that `make` builds from a peer package `load` imports; prints a line
 * instead when the package is not installed or does not load (the other contenders still run).
 */
export async function addPeer<M>(contenders: [string, () => unknown][], name: string, load: () => Promise<M>, make: (peer: M) => () => unknown): Promise<void> {
  try {
    contenders.push([name, make(await load())]);
  } catch (e) {
    console.log(`(${name} not available: ${(e as Error).message})`);
  }
}
