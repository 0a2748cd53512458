/**
 * The lock of `typed-iam build --out <dir>`: one build at a time reads and writes a folder's
 * manifest. Two builds into one folder (a CI matrix, a watch beside a manual run) each read the
 * same manifest and wrote it back over the other's record, or one removed as stale a file the other
 * had just written.
 */
import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { CliError, type Io } from './io.js';
import { cliMessages, type LockOwner } from './messages.js';

/** Tries to create the lock at most this often (each retry: a stale lock taken over, or another build quicker) before giving up. */
const ATTEMPTS = 5;

/**
 * Creates the lock file `path` exclusively, holding this process's pid, host name and start time,
 * and resolves to the function that removes it. A lock that exists is another build's: when it
 * names a process of this host that no longer runs (killed, crashed) it is stale, taken over, and
 * said so on stderr; else a {@link CliError} (exit 2, `OUT_LOCKED`) naming its owner. `shown`: the
 * path as messages write it. The folder must exist.
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
  let stale: LockOwner | undefined;
  let owner: LockOwner | undefined;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    if (await create(path, text, shown)) {
      if (stale !== undefined) io.error(cliMessages.lockTakenOver(shown, stale));
      return async () => {
        // only this build's own lock: one that replaced it (deleted by hand meanwhile) is another build's
        if ((await readFile(path, 'utf8').catch(() => undefined)) === text) await rm(path, { force: true }).catch(() => undefined);
      };
    }
    const seen = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw new CliError(cliMessages.cannotRead(shown, e.code ?? e.message));
    });
    // removed since: the build that held it is done
    if (seen === undefined) continue;
    owner = ownerOf(seen);
    // a lock naming this very process is an earlier one's whose pid it got (a container's, each run pid 1)
    if (owner === undefined || owner.hostname !== here || (owner.pid !== process.pid && running(owner.pid))) break;
    // stale: moved aside first, as only one of several builds taking it over can; the one moved must
    // be the lock judged stale (another build may have taken it over and made its own in between)
    const aside = `${path}.${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
      await rename(path, aside);
    } catch {
      continue;
    }
    if ((await readFile(aside, 'utf8').catch(() => undefined)) !== seen) {
      // another build's lock: put back (unless a third made one meanwhile), then read it again
      await link(aside, path).catch(() => undefined);
      await rm(aside, { force: true });
      continue;
    }
    await rm(aside, { force: true });
    stale = owner;
  }
  throw new CliError(cliMessages.outLocked(shown, owner, owner?.hostname === here));
}

/** True when `path` was created holding `text`; false when it exists; a {@link CliError} for any other failure. */
async function create(path: string, text: string, shown: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EEXIST') return false;
    throw new CliError(cliMessages.cannotWrite(shown, err.code ?? err.message, 'nothing'));
  }
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
