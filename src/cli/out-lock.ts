/**
 * The lock of `typed-iam build --out <dir>`: one build at a time reads and writes a folder's
 * manifest. Two builds into one folder (a CI matrix, a watch beside a manual run) each read the
 * same manifest and wrote it back over the other's record, or one removed as stale a file the other
 * had just written.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { link, open, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { CliError, type Io } from './io.js';
import { cliMessages, type LockOwner } from './messages.js';

/** Tries to create the lock at most this often (each retry: a stale lock taken over, or another build quicker) before giving up. */
const ATTEMPTS = 5;

/** How long to wait, before reading the lock again, for another build that is taking a stale lock over (a few file operations). */
const TAKEOVER_WAIT_MS = 50;

/** The signals that stop a build, with the conventional exit code of each (128 + its number). */
const STOP_SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Creates the lock file `path` exclusively, holding this process's pid, host name and start time,
 * and resolves to the function that removes it. A lock that exists is another build's: when it
 * names a process of this host that no longer runs (killed, crashed) it is stale, taken over, and
 * said so on stderr; else a {@link CliError} (exit 2, `OUT_LOCKED`) naming its owner. `shown`: the
 * path as messages write it. The folder must exist.
 *
 * Until it is released, SIGINT (Ctrl-C) and SIGTERM (a cancelled CI job) remove the lock, when it
 * still holds this build's text, say so on stderr and end the process with 130 and 143; so does
 * any `process.exit` (without the message).
 *
 * @example
 * ```ts
 * import { lockOut } from './out-lock.js';
 * import { processIo } from './io.js';
 * const unlock = await lockOut('/abs/dist/policies/.typed-iam-build.lock', 'dist/policies/.typed-iam-build.lock', processIo());
 * try {
 *   // read the manifest, write the files, write the manifest
 * } finally {
 *   await unlock();
 * }
 * ```
 */
export async function lockOut(path: string, shown: string, io: Pick<Io, 'error'>): Promise<() => Promise<void>> {
  const here = hostname();
  const text = `${JSON.stringify({ pid: process.pid, hostname: here, started: new Date().toISOString() } satisfies LockOwner)}\n`;
  // what this build has made: the claim on a stale lock while it takes it over, its own lock once made
  let claim: string | undefined;
  let made = false;
  const cleanUp = (): boolean => {
    try {
      if (claim !== undefined) rmSync(claim, { force: true });
    } catch {
      // left behind: the next build's message names it
    }
    return removeOwn(path, text, made);
  };
  const onExit = (): void => void cleanUp();
  const onSignal = (signal: keyof typeof STOP_SIGNALS): void => {
    detach();
    if (cleanUp()) io.error(cliMessages.lockRemovedOnSignal(shown, signal));
    // the 'exit' listeners of any other lock this process holds remove theirs
    process.exit(STOP_SIGNALS[signal]);
  };
  const detach = (): void => {
    process.off('exit', onExit);
    for (const signal of Object.keys(STOP_SIGNALS)) process.off(signal, onSignal);
  };
  process.on('exit', onExit);
  for (const signal of Object.keys(STOP_SIGNALS)) process.on(signal, onSignal);

  let stale: LockOwner | undefined;
  let owner: LockOwner | undefined;
  let takingOver: string | undefined;
  try {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      if (await create(path, text, shown, () => (made = true))) {
        if (stale !== undefined) io.error(cliMessages.lockTakenOver(shown, stale));
        return async () => {
          detach();
          // only this build's own lock: one that replaced it (deleted by hand meanwhile) is another build's
          removeOwn(path, text, false);
        };
      }
      const seen = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return undefined;
        throw new CliError(cliMessages.cannotRead(shown, e.code ?? e.message));
      });
      // removed since: the build that held it is done
      if (seen === undefined) continue;
      owner = ownerOf(seen);
      takingOver = undefined;
      // a lock naming this very process is an earlier one's whose pid it got (a container's, each run pid 1)
      if (owner === undefined || owner.hostname !== here || (owner.pid !== process.pid && running(owner.pid))) break;
      // Stale: removed by one build only, which then creates its lock like any other (the one `wx` creation wins).
      // Moving the lock aside first, as this did, moved a live lock when another build had taken the stale one
      // over meanwhile; with a third build creating its lock before it was put back, two builds held the folder.
      // The claim is a hard link to the lock, made exclusively under a name of the stale text: only the build
      // that makes it removes the lock, and only when the link shows the stale text (not a lock made since).
      const claimPath = `${path}.${createHash('sha256').update(seen).digest('hex').slice(0, 16)}.takeover`;
      try {
        await link(path, claimPath);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        // gone since it was read: read again
        if (code === 'ENOENT') continue;
        if (code !== 'EEXIST') throw new CliError(cliMessages.cannotTakeOver(shown, owner, code ?? (e as Error).message));
        // another build is taking it over: its lock, or the folder free, in a moment
        takingOver = claimPath;
        await new Promise((done) => setTimeout(done, TAKEOVER_WAIT_MS));
        continue;
      }
      claim = claimPath;
      try {
        if ((await readFile(claimPath, 'utf8').catch(() => undefined)) === seen) {
          await rm(path, { force: true });
          stale = owner;
        }
      } finally {
        await rm(claimPath, { force: true });
        claim = undefined;
      }
    }
  } catch (e) {
    detach();
    throw e;
  }
  detach();
  if (takingOver !== undefined && owner !== undefined) throw new CliError(cliMessages.lockBeingTakenOver(shown, owner, shown + takingOver.slice(path.length)));
  throw new CliError(cliMessages.outLocked(shown, owner, owner?.hostname === here));
}

/**
 * Removes the lock `path` at once when it holds `text` (this build's), or a part of it when this
 * build `made` it and is still writing it (stopped then, it left an empty lock that named no build);
 * true when it did.
 */
function removeOwn(path: string, text: string, made: boolean): boolean {
  try {
    const now = readFileSync(path, 'utf8');
    if (now !== text && !(made && text.startsWith(now))) return false;
    rmSync(path, { force: true });
    return true;
  } catch {
    return false;
  }
}

/** True when `path` was created holding `text` (`made` is called once it is created, before it is written); false when it exists; a {@link CliError} for any other failure. */
async function create(path: string, text: string, shown: string, made: () => void): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EEXIST') return false;
    throw new CliError(cliMessages.cannotWrite(shown, err.code ?? err.message, 'nothing'));
  }
  made();
  try {
    await handle.writeFile(text, 'utf8');
  } catch (e) {
    await handle.close().catch(() => undefined);
    await rm(path, { force: true }).catch(() => undefined);
    throw new CliError(cliMessages.cannotWrite(shown, (e as NodeJS.ErrnoException).code ?? (e as Error).message, 'nothing'));
  }
  await handle.close();
  return true;
}

/** The owner a lock's text names, or undefined when it names none (empty while it is written, or not a lock build wrote). */
function ownerOf(text: string): LockOwner | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { pid, hostname: host, started } = value as { [key: string]: unknown };
  // a pid of 0 or below would signal a process group: never one build
  if (typeof pid !== 'number' || !Number.isSafeInteger(pid) || pid <= 0 || typeof host !== 'string' || typeof started !== 'string') return undefined;
  return { pid, hostname: host, started };
}

/** True when process `pid` of this host runs (one of another user, which cannot be signalled, too). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
