/**
 * A `diff` row names the access of its cell: the requests the policies treat alike, one of them the
 * example. A new statement granting `s3:GetObject` and `iam:PassRole` on "*" is one cell, so one row:
 * it named only the example's action (`actions: ['s3:GetObject']`), and `typed-iam diff`, the pull
 * request gate of docs/analyze.md, printed "+ s3:GetObject on *" for a change that also grants
 * iam:PassRole on every role. Each Action pattern of the statements that allow the example is named
 * when it grants an action that differs the same way (docs/analyze.md, "diff rows").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { diff } from '../../src/analyze/index.js';
import { evaluate } from '../../src/evaluate/index.js';
import { analyzeClock } from '../../src/analyze/regions.js';
import { allow, policy } from '../../src/index.js';

const list = allow('s3:ListBucket').on('arn:aws:s3:::docs');
const before = policy.identity(list);
const actionsOf = (rows: readonly { actions: readonly string[] }[]) => rows.flatMap((r) => r.actions).sort();

describe('diff rows name every action of the statements that differs as the example does', () => {
  it('a new statement with two actions: both are named, in open and catalog mode', () => {
    const after = policy.identity(list, allow('s3:GetObject', 'iam:PassRole').on('*'));
    const open = diff(before, after);
    expect(actionsOf(open.added)).toEqual(['iam:PassRole', 's3:GetObject']);
    expect(actionsOf(diff(before, after, { actions: 'catalog' }).added)).toEqual(['iam:PassRole', 's3:GetObject']);
    // each named action replays as added
    for (const a of ['iam:PassRole', 's3:GetObject']) {
      const request = { ...open.added[0]!.example, action: a };
      expect(evaluate({ identity: after }, request).decision).toBe('allow');
      expect(evaluate({ identity: before }, request).decision).not.toBe('allow');
    }
  });

  it('an action the other side allows too is not named (docs/analyze.md example)', () => {
    const read = policy.identity(allow('s3:GetObject').on('arn:aws:s3:::docs/*'));
    const readWrite = policy.identity(allow('s3:GetObject', 's3:PutObject').on('arn:aws:s3:::docs/*'));
    expect(diff(read, readWrite).added.map((r) => r.actions)).toEqual([['s3:PutObject']]);
    // a wildcard pattern is tried with the catalog's actions it matches
    const gets = policy.identity(allow('s3:Get*').on('arn:aws:s3:::docs/*'));
    const getsAndPut = policy.identity(allow('s3:Get*', 's3:PutObject').on('arn:aws:s3:::docs/*'));
    expect(diff(gets, getsAndPut).added.map((r) => r.actions)).toEqual([['s3:PutObject']]);
  });

  it('a wildcard pattern that does not match the example but grants alike is named', () => {
    const after = policy.identity(list, allow('s3:GetObject', 'iam:Pass*').on('*'));
    expect(actionsOf(diff(before, after).added)).toEqual(['iam:Pass*', 's3:GetObject']);
  });

  it('removed access too: an action taken away with the example is named', () => {
    const wide = policy.identity(allow('s3:GetObject', 's3:ListBucket').on('arn:aws:s3:::docs', 'arn:aws:s3:::docs/*'));
    const narrow = policy.identity(allow('s3:GetObject', 's3:PutObject').on('arn:aws:s3:::docs/*'));
    expect(actionsOf(diff(wide, narrow).removed)).toEqual(['s3:GetObject', 's3:ListBucket']);
  });
});

describe('naming the patterns of a row keeps to timeoutMs', () => {
  // docs/analyze.md: a call returns about timeoutMs after it started. A wildcard pattern both sides grant
  // is tried action by action (*:List* matches thousands, each deciding two requests): 21 ms became 665 ms
  // for this pair without a bound. A clock past the deadline inside that step shows it reads the clock.
  const realNow = analyzeClock.now;
  afterEach(() => {
    analyzeClock.now = realNow;
  });
  const pair = [policy.identity(allow.unchecked('*:List*', '*:Describe*').on('*')), policy.identity(allow.unchecked('*:List*', '*:Describe*', 's3:GetObject').on('*'))] as const;

  it('tries each action of a pattern both sides grant, and leaves it out', () => {
    const d = diff(...pair, { timeoutMs: 60_000 });
    expect(d.complete).toBe(true);
    expect(actionsOf(d.added)).toEqual(['s3:GetObject']);
  });
  it('past the deadline names the pattern (never hides access) and says the rows were cut', () => {
    analyzeClock.now = () => ((new Error().stack ?? '').includes('at named ') ? Number.MAX_SAFE_INTEGER : 0);
    const d = diff(...pair, { timeoutMs: 60_000 });
    expect(actionsOf(d.added)).toEqual(['*:Describe*', '*:List*', 's3:GetObject']);
    expect(d.complete).toBe(false);
    expect(d.reasons.map((r) => r.message)).toContain('listing the Action patterns of the rows (timeoutMs reached): a row may name a wildcard pattern whose actions both sides grant');
  });
});
