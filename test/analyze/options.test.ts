/** Options of the analyses: the time limit is a limit on every run, not only on slow ones. */
import { describe, expect, it } from 'vitest';
import { checkAccessNotGranted, checkNoNewAccess, compare, diff } from '../../src/analyze/index.js';

const P = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const read = P({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::docs/*'] });
const readWrite = P({ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: ['arn:aws:s3:::docs/*'] });

describe('timeoutMs', () => {
  it('0 decides nothing that needs a search, on every run, however fast the machine', () => {
    // docs/analyze.md: the search gives up with unknown once timeoutMs has passed. Warm code decides
    // these pairs within one millisecond, and a deadline tested with `>` then let 2 runs in 3 answer.
    const zero = { timeoutMs: 0 };
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      seen.add(`access ${checkAccessNotGranted(readWrite, { actions: ['s3:PutObject'] }, zero).result}`);
      seen.add(`new ${checkNoNewAccess(read, readWrite, zero).result}`);
      seen.add(`compare ${compare(read, readWrite, zero).relation}`);
      seen.add(`diff ${diff(read, readWrite, zero).complete}`);
    }
    expect([...seen].sort()).toEqual(['access unknown', 'compare unknown', 'diff false', 'new unknown']);
    // what the statements settle alone needs no search, and is still decided
    expect(checkNoNewAccess(readWrite, read, zero).result).toBe('pass');
    expect(compare(read, read, zero).relation).toBe('equivalent');
    // the reason names the limit
    expect(checkNoNewAccess(read, readWrite, zero).reasons.map((r) => r.message).join(' ')).toContain('timeoutMs');
  });

  it('the default decides the same pairs', () => {
    expect(checkAccessNotGranted(readWrite, { actions: ['s3:PutObject'] }).result).toBe('fail');
    expect(checkNoNewAccess(read, readWrite).result).toBe('fail');
    expect(compare(read, readWrite).relation).toBe('narrower');
    expect(diff(read, readWrite).complete).toBe(true);
  });
});
