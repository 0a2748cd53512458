/**
 * The lock of `typed-iam build --out` (src/cli/out-lock.ts) when its file cannot be written: a full
 * disk (ENOSPC at the write) or a network file system that reports the failed write when the file is
 * closed (EIO at close). Either way the build is refused with a message naming the lock and the
 * error, and no lock is left behind: a lock that is not known to hold its text would name no build,
 * and every later build would be refused. `node:fs` is mocked in this file only.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const failing = vi.hoisted(() => ({ at: undefined as 'write' | 'close' | undefined }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const error = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
  return {
    ...fs,
    writeFileSync: ((...args: Parameters<typeof fs.writeFileSync>) => {
      // only writes to a file descriptor: the lock's (the test writes nothing through one)
      if (failing.at === 'write' && typeof args[0] === 'number') throw error('ENOSPC');
      return fs.writeFileSync(...args);
    }) as typeof fs.writeFileSync,
    closeSync: ((fd: number) => {
      fs.closeSync(fd);
      if (failing.at === 'close') throw error('EIO');
    }) as typeof fs.closeSync,
  };
});

const { lockOut } = await import('../../src/cli/out-lock.js');
const root = mkdtempSync(join(tmpdir(), 'out-lock-failures-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const io = () => ({ said: [] as string[], error(m: string) { this.said.push(m); } });

describe('a lock that cannot be written in full', () => {
  for (const [at, code] of [['write', 'ENOSPC'], ['close', 'EIO']] as const)
    it(`${code} at the ${at}: refused with the error, no lock left, and the next build holds the folder`, async () => {
      const dir = join(root, at);
      const { mkdirSync } = await import('node:fs');
      mkdirSync(dir);
      const lock = join(dir, '.typed-iam-build.lock');
      failing.at = at;
      try {
        await expect(lockOut(lock, 'LOCK', io())).rejects.toThrow(new RegExp(`LOCK.*${code}`));
      } finally {
        failing.at = undefined;
      }
      expect(readdirSync(dir)).toEqual([]);
      const release = await lockOut(lock, 'LOCK', io());
      expect(readdirSync(dir)).toEqual(['.typed-iam-build.lock']);
      await release();
      expect(readdirSync(dir)).toEqual([]);
    });
});
