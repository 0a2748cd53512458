/** A one-line progress indicator for long runs; only ever drawn on a terminal's stderr. */

/** What {@link progress} needs from a stream. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

/** A progress line: call `tick` per item, `done` at the end (clears the line). */
export interface Progress {
  tick(label: string): void;
  /** Clears the line before other output is written to the same terminal. */
  clear(): void;
  done(): void;
}

/** Runs with fewer items than this show nothing: they finish before a line would help. */
export const PROGRESS_MIN_ITEMS = 20;
const INTERVAL_MS = 80;

const silent: Progress = { tick() {}, clear() {}, done() {} };

/**
 * A progress line `[12/340] policies/a.json` redrawn at most every 80 ms, or a no-op when the
 * stream is not a terminal or the run is short.
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { progress } from './progress.js';
 * const files = ['policies/a.json', 'policies/b.json'];
 * const work = (f: string) => readFile(f, 'utf8');
 * const p = progress(process.stderr, files.length);
 * for (const f of files) { p.tick(f); await work(f); }
 * p.done();
 * ```
 */
export function progress(stream: ProgressStream, total: number, now: () => number = Date.now): Progress {
  if (stream.isTTY !== true || total < PROGRESS_MIN_ITEMS) return silent;
  let count = 0;
  let last = -Infinity;
  let shown = false;
  const clear = () => {
    if (shown) stream.write('\r\u001b[2K');
    shown = false;
  };
  return {
    tick(label) {
      count++;
      const t = now();
      if (t - last < INTERVAL_MS && count < total) return;
      last = t;
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      let line = `[${count}/${total}] ${label}`;
      if (line.length > width) line = `${line.slice(0, width - 1)}…`;
      stream.write(`\r\u001b[2K${line}`);
      shown = true;
    },
    clear,
    done: clear,
  };
}
