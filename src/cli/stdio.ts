/**
 * The streams of a command: stdout, stderr and stdin of this process, with colour and progress.
 * Kept apart from io.ts so that `typed-iam --help` loads nothing of the library.
 */
import { palette, wantsColour, type Palette } from './colour.js';
import { progress, type Progress } from './progress.js';

/** The streams, environment and working directory a command runs with. */
export interface Io {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Styles for stdout and stderr (plain on pipes). */
  readonly out: Palette;
  readonly err: Palette;
  /** Writes `text` and a newline to stdout. */
  print(text: string): void;
  /** Writes `text` and a newline to stderr (clearing any progress line first). */
  error(text: string): void;
  /**
   * Reads stdin (once; later calls give the same bytes). Stops once more than `maxBytes` have
   * arrived and gives those: a larger input is refused without holding all of it in memory.
   */
  readStdin(maxBytes?: number): Promise<Uint8Array>;
  /** A progress line on stderr, drawn only when stderr is a terminal. */
  progress(total: number): Progress;
}

/** The {@link Io} of this process. */
export function processIo(): Io {
  let stdin: Promise<Uint8Array> | undefined;
  let current: Progress | undefined;
  // a closed pipe (typed-iam expand '*' | head) is not an error: later output is dropped and the
  // command still finishes with its own exit code
  let closed = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
  });
  // the same for stderr (typed-iam lint x 2>&1 | head -1): without it the EPIPE is an uncaught
  // error that turns exit 2 into exit 1
  let errClosed = false;
  process.stderr.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    errClosed = true;
  });
  return {
    cwd: process.cwd(),
    env: process.env,
    out: palette(wantsColour(process.stdout, process.env)),
    err: palette(wantsColour(process.stderr, process.env)),
    print(text) {
      current?.clear();
      if (!closed) process.stdout.write(`${text}\n`);
    },
    error(text) {
      current?.clear();
      if (!errClosed) process.stderr.write(`${text}\n`);
    },
    readStdin(maxBytes = Infinity) {
      stdin ??= new Promise<Uint8Array>((resolvePromise, reject) => {
        const chunks: Buffer[] = [];
        let length = 0;
        const onData = (c: Buffer) => {
          chunks.push(c);
          length += c.length;
          if (length <= maxBytes) return;
          // enough to know it is too large: stop reading (`cat /dev/zero | typed-iam lint -` ends)
          process.stdin.off('data', onData);
          process.stdin.pause();
          process.stdin.destroy();
          resolvePromise(Buffer.concat(chunks));
        };
        process.stdin.on('data', onData);
        process.stdin.on('end', () => resolvePromise(Buffer.concat(chunks)));
        process.stdin.on('error', reject);
      });
      return stdin;
    },
    progress(total) {
      current = progress(process.stderr, total);
      return current;
    },
  };
}
