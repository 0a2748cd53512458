/** Tiny benchmark harness: warm up, then take the median of timed batches. */
export interface Result {
  readonly name: string;
  readonly medianMs: number;
  readonly opsPerSecond: number;
}

/** Runs `fn` repeatedly and returns the median time of one call. */
export function timeIt(name: string, fn: () => unknown, { warmup = 5, samples = 25 }: { warmup?: number; samples?: number } = {}): Result {
  for (let i = 0; i < warmup; i++) fn();
  // batch calls so that one sample lasts about 20 ms: garbage collection then falls evenly on all
  const once = performance.now();
  fn();
  const batch = Math.max(1, Math.round(20 / Math.max(performance.now() - once, 0.001)));
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    for (let j = 0; j < batch; j++) fn();
    times.push((performance.now() - start) / batch);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)]!;
  return { name, medianMs, opsPerSecond: 1000 / medianMs };
}

/** Prints results with their ratio to `baseline`; marks goals (`name -> max ratio`). */
export function report(results: readonly Result[], baseline: string, goals: Record<string, number> = {}): void {
  const base = results.find((r) => r.name === baseline);
  for (const r of results) {
    const ratio = base ? r.medianMs / base.medianMs : NaN;
    const goal = goals[r.name];
    const mark = goal === undefined ? '' : ratio <= goal ? `  (goal <= ${goal}x: met)` : `  (goal <= ${goal}x: NOT met)`;
    console.log(`${r.name.padEnd(50)} ${r.medianMs.toFixed(3).padStart(9)} ms  ${ratio.toFixed(2).padStart(6)}x${mark}`);
  }
}
