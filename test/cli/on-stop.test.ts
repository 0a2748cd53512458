/**
 * What the CLI undoes when it is stopped (src/cli/on-stop.ts): a build's lock, and the temporary
 * files a write has not yet renamed into place. A build stopped by SIGTERM while it wrote left
 * `.p1204.json.typed-iam-18942-114b9acf.tmp` (a policy cut short) in its folder, in four runs of six,
 * and no later build removed it. The signals are emitted in this process, with `process.exit` held.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { writeText, writeTextSet } from '../../src/cli/io.js';
import { onStop, type StopSignal } from '../../src/cli/on-stop.js';

const root = mkdtempSync(join(tmpdir(), 'on-stop-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** Holds `process.exit`: the codes it was called with. */
function holdExit(): number[] {
  const codes: number[] = [];
  vi.spyOn(process, 'exit').mockImplementation(((code?: number) => void codes.push(code ?? 0)) as typeof process.exit);
  return codes;
}

const listeners = () => ({ SIGHUP: process.listenerCount('SIGHUP'), SIGINT: process.listenerCount('SIGINT'), SIGTERM: process.listenerCount('SIGTERM'), exit: process.listenerCount('exit') });

describe('onStop', () => {
  it('listens to SIGHUP, SIGINT, SIGTERM and exit only while something is registered (the signals otherwise keep their default action)', () => {
    const before = listeners();
    const a = onStop(() => undefined);
    const b = onStop(() => undefined);
    expect(listeners()).toEqual({ SIGHUP: before.SIGHUP + 1, SIGINT: before.SIGINT + 1, SIGTERM: before.SIGTERM + 1, exit: before.exit + 1 });
    a();
    a(); // a second call does nothing
    expect(listeners().SIGTERM).toBe(before.SIGTERM + 1);
    b();
    expect(listeners()).toEqual(before);
  });

  // The conventional exit status of a process ended by a signal is 128 + its number: SIGHUP 1, SIGINT 2, SIGTERM 15.
  for (const [signal, code] of [['SIGHUP', 129], ['SIGINT', 130], ['SIGTERM', 143]] as const)
    it(`${signal}: runs each undo once, in order, given the signal, then exits ${code}; one that throws does not keep the next from running`, () => {
      const codes = holdExit();
      const before = listeners();
      const ran: string[] = [];
      onStop((s) => void ran.push(`first ${s}`));
      const dropped = onStop(() => void ran.push('dropped'));
      onStop(() => {
        ran.push('throws');
        throw new Error('cannot');
      });
      const last = (s: StopSignal | undefined) => void ran.push(`last ${s}`);
      onStop(last);
      onStop(last); // registered twice: run twice
      dropped();
      process.emit(signal, signal);
      expect(ran).toEqual([`first ${signal}`, 'throws', `last ${signal}`, `last ${signal}`]);
      expect(codes).toEqual([code]);
      // nothing left registered, no listener left
      expect(listeners()).toEqual(before);
    });
});

describe('temporary files of a write are removed when the CLI is stopped', () => {
  /** Runs `write` and emits `signal` at the first step of the event loop that finds a temporary file in `dir`. */
  async function stopWhileWriting(dir: string, write: () => Promise<void>, signal: StopSignal = 'SIGTERM') {
    const codes = holdExit();
    let seen: string[] = [];
    const watch = new Promise<void>((resolve) => {
      const look = () => {
        seen = readdirSync(dir).filter((f) => f.endsWith('.tmp'));
        if (seen.length > 0) {
          process.emit(signal, signal);
          resolve();
        } else setImmediate(look);
      };
      setImmediate(look);
    });
    // the write goes on (process.exit is held): a rename of a removed file fails, or it ends
    const written = write().catch((e: unknown) => e);
    await watch;
    const left = readdirSync(dir).filter((f) => f.endsWith('.tmp'));
    await written;
    return { seen, left, codes };
  }

  it('writeTextSet (a split, many files at once): every temporary file staged so far', async () => {
    const dir = join(root, 'set');
    mkdirSync(dir);
    const files = Array.from({ length: 200 }, (_, i) => ({ path: join(dir, `p-${i}.json`), text: `{"part":${i}}\n` }));
    const { seen, left, codes } = await stopWhileWriting(dir, () => writeTextSet(files));
    expect(seen.length).toBeGreaterThan(0);
    expect(left).toEqual([]);
    expect(codes).toEqual([143]);
  });

  it('writeText (a build, one file after another): the file being written', async () => {
    const dir = join(root, 'one-by-one');
    mkdirSync(dir);
    const { seen, left, codes } = await stopWhileWriting(
      dir,
      async () => {
        for (let i = 0; i < 200; i++) await writeText(join(dir, `p${i}.json`), `{"p":${i}}\n`);
      },
      'SIGINT',
    );
    expect(seen).toHaveLength(1);
    expect(left).toEqual([]);
    expect(codes).toEqual([130]);
  });

  it('a file renamed into place, or removed after a failure, is no longer removed when the CLI is stopped', async () => {
    const before = listeners();
    const dir = join(root, 'done');
    await writeText(join(dir, 'a.json'), '{}\n');
    await writeTextSet([{ path: join(dir, 'b.json'), text: '{}\n' }]);
    await expect(writeTextSet([{ path: join(dir, 'a.json', 'c.json'), text: '{}\n' }])).rejects.toThrow();
    expect(listeners()).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json']);
  });
});
