/**
 * What the CLI undoes when it is stopped: by Ctrl-C (SIGINT), by SIGTERM (a cancelled CI job), by
 * SIGHUP (its terminal closed, an SSH session dropped), or by any `process.exit`. A build's lock
 * (out-lock.ts) and the temporary files a write has not yet renamed into place (io.ts) were left
 * behind: the lock refused every later build, and a temporary file (`.<name>.typed-iam-*.tmp`, a
 * policy cut short) stayed in the folder for good.
 */

/** The signals that stop the CLI, with the conventional exit code of each (128 + its number). */
const STOP_SIGNALS = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

/** A signal that stops the CLI. */
export type StopSignal = keyof typeof STOP_SIGNALS;

/** Undoes one thing; given the signal that stopped the process, or undefined when it exits. */
export type Undo = (signal: StopSignal | undefined) => void;

const undos = new Set<Undo>();

/** Runs every undo still registered, each once; one that throws does not keep the others from running. */
function undoAll(signal: StopSignal | undefined): void {
  for (const undo of [...undos]) {
    undos.delete(undo);
    try {
      undo(signal);
    } catch {
      // the process is ending: what one undo could not do, the next still does
    }
  }
}

const onExit = (): void => undoAll(undefined);
const onSignal = (signal: StopSignal): void => {
  detach();
  undoAll(signal);
  process.exit(STOP_SIGNALS[signal]);
};

function attach(): void {
  process.on('exit', onExit);
  for (const signal of Object.keys(STOP_SIGNALS)) process.on(signal, onSignal);
}

function detach(): void {
  process.off('exit', onExit);
  for (const signal of Object.keys(STOP_SIGNALS)) process.off(signal, onSignal);
}

/**
 * Registers `undo` to run if the process is stopped (SIGHUP, SIGINT, SIGTERM: then it exits with
 * 129, 130 or 143) or exits before the returned function is called; that function unregisters it.
 * While nothing is registered, the signals keep their default action. Undos run synchronously, in
 * the order they were registered; an undo that throws does not keep the others from running.
 *
 * @example
 * ```ts
 * import { rmSync, writeFileSync } from 'node:fs';
 * import { onStop } from './on-stop.js';
 * const done = onStop(() => rmSync('out/.part.tmp', { force: true }));
 * try {
 *   writeFileSync('out/.part.tmp', '{}\n');
 * } finally {
 *   done();
 * }
 * ```
 */
export function onStop(undo: Undo): () => void {
  // a function given twice is two registrations
  const entry: Undo = (signal) => undo(signal);
  if (undos.size === 0) attach();
  undos.add(entry);
  return () => {
    if (!undos.delete(entry)) return;
    if (undos.size === 0) detach();
  };
}
