/**
 * The lock of `typed-iam build --out <dir>`: one build at a time reads and writes a folder's
 * manifest. Two builds into one folder (a CI matrix, a watch beside a manual run) each read the
 * same manifest and wrote it back over the other's record, or one removed as stale a file the other
 * had just written.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { CliError, type Io } from './io.js';
import { cliMessages, type LockOwner } from './messages.js';
import { onStop } from './on-stop.js';

/** Tries to create the lock at most this often (each retry: a stale lock taken over, or another build quicker) before giving up. */
const ATTEMPTS = 5;

/** How long to wait, before reading the lock again, for another build that is taking a stale lock over (a few file operations). */
const TAKEOVER_WAIT_MS = 50;

/**
 * A claim on a stale lock that names no build of this host (empty or cut short: its build was killed
 * while it wrote it; or the hard link earlier versions made, which holds the stale lock's text) is
 * taken over once it is this old: a takeover takes a few file operations. So is a lock that names no
 * build (empty or cut short: its build was killed between making it and writing it, a window of one
 * step of the event loop, or it was left by an earlier version, which wrote it in a second step; or
 * not a lock a build wrote): a build makes and writes its lock in one step, so none is that old.
 */
const CLAIM_STALE_MS = 10_000;

/** Most claims on one stale lock taken over in a row (each left by a build killed while it held it) before giving up. */
const MAX_CLAIMS = 8;

/** Where a build taking a stale lock over may be held by a test ({@link LockSeams}). */
export type RacePoint = 'stale lock' | 'stale claim' | 'claimed';

/**
 * What tests replace to run builds in one process and hold them where they race: the pid a build
 * writes and compares (each racer its own running process), how old a claim naming no build must be,
 * and a hook awaited at each {@link RacePoint}.
 */
export interface LockSeams {
  readonly pid?: number;
  readonly claimStaleMs?: number;
  readonly at?: (point: RacePoint, claim?: string) => Promise<void>;
}

/**
 * Creates the lock file `path` exclusively, holding this process's pid, host name and start time,
 * and resolves to the function that removes it. A lock that exists is another build's: when it
 * names a process of this host that no longer runs (killed, crashed) it is stale, taken over, and
 * said so on stderr; else a {@link CliError} (exit 2, `OUT_LOCKED`) naming its owner. Of builds
 * racing over a stale lock one takes it over, through a claim file made exclusively; a claim left by
 * a build that no longer runs is taken over in turn (docs/cli.md, "One build at a time"). `shown`: the
 * path as messages write it. The folder must exist. `seams`: for tests only ({@link LockSeams}).
 *
 * Until it is released, SIGINT (Ctrl-C), SIGTERM (a cancelled CI job) and SIGHUP (its terminal
 * closed) remove the lock, when it still holds this build's text, say so on stderr and end the
 * process with 130, 143 and 129; so does any `process.exit` (without the message). See
 * {@link onStop}.
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
export async function lockOut(path: string, shown: string, io: Pick<Io, 'error'>, seams: LockSeams = {}): Promise<() => Promise<void>> {
  const here = hostname();
  const pid = seams.pid ?? process.pid;
  const text = `${JSON.stringify({ pid, hostname: here, started: new Date().toISOString() } satisfies LockOwner)}\n`;
  // the claim on a stale lock this build has made, while it takes it over
  let claim: string | undefined;
  const detach = onStop((signal) => {
    // a claim left behind (not removable) is taken over by a later build: this one no longer runs
    if (claim !== undefined) removeOwn(claim, text);
    if (removeOwn(path, text) && signal !== undefined) io.error(cliMessages.lockRemovedOnSignal(shown, signal));
  });

  // the lock taken over: the build it named, or none (a lock naming no build, taken over by its age)
  let stale: { readonly owner: LockOwner | undefined } | undefined;
  let owner: LockOwner | undefined;
  const staleMs = seams.claimStaleMs ?? CLAIM_STALE_MS;
  /** Is the file at `p` older than {@link CLAIM_STALE_MS}? Making or writing it set ctime. */
  const old = async (p: string): Promise<boolean> => {
    const made = await stat(p).catch(() => undefined);
    return made !== undefined && Date.now() - Math.max(made.mtimeMs, made.ctimeMs) > staleMs;
  };
  let takingOver: { claim: string; claimer: LockOwner | undefined } | undefined;
  /** Is a claim file's `claimText` left by a build that no longer runs (see {@link CLAIM_STALE_MS})? */
  const staleClaim = async (claimPath: string, claimText: string, lockText: string): Promise<boolean> => {
    const claimer = claimText === lockText ? undefined : ownerOf(claimText);
    // a lock or claim naming this very process is an earlier one's whose pid it got (a container's, each run pid 1)
    if (claimer !== undefined && claimer.hostname === here) return claimer.pid === pid || !running(claimer.pid);
    // names no build of this host (another host's cannot be probed): by its age; linking or writing it set ctime
    return old(claimPath);
  };
  try {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      if (create(path, text, shown)) {
        if (stale !== undefined) io.error(cliMessages.lockTakenOver(shown, stale.owner, staleMs / 1000));
        return async () => {
          detach();
          // only this build's own lock: one that replaced it (deleted by hand meanwhile) is another build's
          removeOwn(path, text);
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
      // a lock that names no build is stale by its age alone (no running build's is older than the bound)
      if (owner === undefined ? !(await old(path)) : owner.hostname !== here || (owner.pid !== pid && running(owner.pid))) break;
      await seams.at?.('stale lock');
      // Stale: removed by one build only, which then creates its lock like any other (the one `wx` creation wins).
      // Moving the lock aside first, as this did, moved a live lock when another build had taken the stale one
      // over meanwhile; with a third build creating its lock before it was put back, two builds held the folder.
      // The claim is a file made exclusively (`wx`, no hard link: any file system that has the lock has it) under
      // a name of the stale text, holding this build's text: only the build that makes it removes the lock, and
      // only when the lock still holds the stale text (a lock made since is another build's). A claim left by a
      // build that no longer runs is claimed in turn, under a name of the stale text and the claims before it:
      // the racers that find one stale make the same next name, and one of them makes it.
      const left: { path: string; text: string }[] = [];
      let claimPath = claimName(path, seen, left);
      let claimed = false;
      while (!claimed && left.length < MAX_CLAIMS) {
        try {
          claimed = create(claimPath, text, shown, true);
          if (claimed) claim = claimPath;
        } catch (e) {
          claim = undefined;
          throw e instanceof ClaimError ? new CliError(cliMessages.cannotTakeOver(shown, owner, e.code, staleMs / 1000)) : e;
        }
        if (claimed) break;
        const other = await readFile(claimPath, 'utf8').catch(() => undefined);
        // gone since: made again below, or the lock is free
        if (other === undefined) break;
        if (!(await staleClaim(claimPath, other, seen))) {
          // another build is taking it over: its lock, or the folder free, in a moment
          takingOver = { claim: claimPath, claimer: other === seen ? undefined : ownerOf(other) };
          break;
        }
        await seams.at?.('stale claim', claimPath);
        left.push({ path: claimPath, text: other });
        claimPath = claimName(path, seen, left);
      }
      if (!claimed) {
        if (takingOver !== undefined || left.length >= MAX_CLAIMS) {
          takingOver ??= { claim: claimPath, claimer: undefined };
          await new Promise((done) => setTimeout(done, TAKEOVER_WAIT_MS));
        }
        continue;
      }
      try {
        await seams.at?.('claimed', claimPath);
        if ((await readFile(path, 'utf8').catch(() => undefined)) === seen) {
          await rm(path, { force: true });
          stale = { owner };
        }
      } finally {
        // the claims left by killed builds once the stale lock is gone (a racer still reading it finds its claim taken)
        for (const c of left) removeOwn(c.path, c.text);
        removeOwn(claimPath, text);
        claim = undefined;
      }
    }
  } catch (e) {
    detach();
    throw e;
  }
  detach();
  if (takingOver !== undefined) throw new CliError(cliMessages.lockBeingTakenOver(shown, owner, shown + takingOver.claim.slice(path.length), takingOver.claimer, staleMs / 1000));
  throw new CliError(cliMessages.outLocked(shown, owner, owner?.hostname === here, staleMs / 1000));
}

/** The claim on the stale lock text `seen` after the claims `left` by builds that no longer run (none: the first claim). */
function claimName(path: string, seen: string, left: readonly { readonly text: string }[]): string {
  const hash = createHash('sha256').update(seen);
  for (const c of left) hash.update('\0').update(c.text);
  return `${path}.${hash.digest('hex').slice(0, 16)}.takeover`;
}

/** A claim file that could not be made, for another reason than that it exists. */
class ClaimError {
  constructor(readonly code: string) {}
}

/** Removes the lock or claim `path` at once when it holds `text` (this build's, or a killed one's); true when it did. */
function removeOwn(path: string, text: string): boolean {
  try {
    if (readFileSync(path, 'utf8') !== text) return false;
    rmSync(path, { force: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * True when `path` was created holding `text`; false when it exists; for any other failure a
 * {@link CliError}, or a {@link ClaimError} when `isClaim`. Synchronous, made and written in one
 * step of the event loop: a signal's handler runs between two steps, so it never finds the file
 * made and not yet written, which it cannot tell from another build's (made with `await open` and a
 * write, a build stopped between the two left an empty lock, and every later build was refused).
 */
function create(path: string, text: string, shown: string, isClaim = false): boolean {
  const fail = (e: unknown): never => {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    if (isClaim) throw new ClaimError(code);
    throw new CliError(cliMessages.cannotWrite(shown, code, 'nothing'));
  };
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    return fail(e);
  }
  let failure: unknown;
  try {
    writeFileSync(fd, text, 'utf8');
  } catch (e) {
    failure = e;
  }
  try {
    closeSync(fd);
  } catch (e) {
    // a network file system may report a failed write only here: the file is not known to hold its text
    failure ??= e;
  }
  if (failure === undefined) return true;
  try {
    rmSync(path, { force: true });
  } catch {
    // the write's failure is the one to report
  }
  return fail(failure);
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
