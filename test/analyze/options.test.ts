/** Options of the analyses: the time limit is a limit on every run, not only on slow ones. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkAccessNotGranted, checkNoNewAccess, compare, diff } from '../../src/analyze/index.js';
import { analyzeClock } from '../../src/analyze/regions.js';

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

describe('timeoutMs is the budget of the whole call', () => {
  // docs/analyze.md: give up with unknown once timeoutMs has passed. A fake clock that moves one
  // millisecond per reading makes the time a run takes its number of clock readings, the same on
  // every machine. compare and diff search both directions (and each new statement) in one call.
  const realNow = analyzeClock.now;
  afterEach(() => {
    analyzeClock.now = realNow;
  });
  const services = ['s3:GetObject', 'ec2:RunInstances', 'sqs:SendMessage', 'sns:Publish', 'kms:Decrypt', 'iam:PassRole'];
  const st = (action: string, team: string) => ({
    Effect: 'Allow',
    Action: [action],
    Resource: ['*'],
    Condition: { StringLike: { 'aws:PrincipalTag/team': [team] }, NumericLessThan: { 's3:max-keys': ['10'] } },
  });
  // each side allows what the other does not, in statements of its own (no search is shared)
  const a = P(...services.slice(0, 4).map((x) => st(x, 'eng*')), { Effect: 'Deny', Action: ['s3:*'], Resource: ['arn:aws:s3:::x/*'] });
  const b = P(...services.slice(2).map((x) => st(x, 'e*')));
  const calls = {
    'checkNoNewAccess': (o: { timeoutMs: number }) => checkNoNewAccess(a, b, o).result,
    'compare': (o: { timeoutMs: number }) => compare(a, b, o).relation,
    'diff': (o: { timeoutMs: number }) => (diff(a, b, o).complete ? 'complete' : 'unknown'),
    'compare of sets': (o: { timeoutMs: number }) => compare({ identity: a, boundary: b }, { identity: b, boundary: a }, o).relation,
  };

  it.each(Object.entries(calls))('%s stops within timeoutMs, and answers unknown when it stops', (_, call) => {
    let t = 0;
    analyzeClock.now = () => t++;
    const full = call({ timeoutMs: 1e9 });
    const needed = t;
    expect(full).not.toBe('unknown');
    for (let timeoutMs = 0; timeoutMs <= needed + 2; timeoutMs += 1) {
      t = 0;
      const r = call({ timeoutMs });
      // a few readings after the deadline say "give up" (one per search still to start); before
      // the fix compare and diff gave each direction the full budget (57 readings with 40 allowed)
      expect(t, `timeoutMs ${timeoutMs}`).toBeLessThanOrEqual(timeoutMs + 8);
      // the full answer or unknown; past the deadline no proof (a witness found in time still counts)
      expect(['unknown', full], `timeoutMs ${timeoutMs}`).toContain(r);
      if (t > timeoutMs) expect(['pass', 'equivalent', 'narrower', 'wider', 'complete'], `timeoutMs ${timeoutMs}`).not.toContain(r);
    }
  });

  it('stops comparing the statements of large policies at the deadline (2,000 statements each: 33 s with timeoutMs 10,000)', () => {
    // docs/analyze.md: a call returns about timeoutMs after it started at the latest. Finding each new
    // statement's neighbours compared every pair of statements before any search began; with the fake
    // clock, one reading per pair of resource entries (160,000 readings here, 50 allowed)
    const many = (shift: number) =>
      P(...Array.from({ length: 400 }, (_, i) => ({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`arn:aws:s3:::b${(i + shift) % 400}-${shift}/*`] })));
    const [x, y] = [many(0), many(1)];
    for (const [name, call] of [
      ['checkNoNewAccess', () => checkNoNewAccess(x, y, { timeoutMs: 50 }).result],
      ['compare', () => compare(x, y, { timeoutMs: 50 }).relation],
    ] as const) {
      let t = 0;
      analyzeClock.now = () => t++;
      expect(call(), name).toBe('unknown');
      expect(t, name).toBeLessThanOrEqual(50 + 100);
    }
  });
});

describe('the time limit reads a monotonic clock', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a wall clock set back (or frozen) during a run does not lift timeoutMs', () => {
    // docs/analyze.md: a call returns about timeoutMs after it started at the latest. Date.now follows
    // the system clock, which NTP or an operator can set back; with it frozen the deadline was never
    // reached and compare of these policies ran to its end (a decided answer after seconds)
    const many = (shift: number) =>
      P(...Array.from({ length: 300 }, (_, i) => ({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`arn:aws:s3:::b${(i + shift) % 300}-${shift}/*`] })));
    vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    expect(compare(many(0), many(1), { timeoutMs: 20 }).relation).toBe('unknown');
  });
});

describe('timeoutMs bounds every step of a whole search (sets, checkAccessNotGranted, checkNoPublicAccess)', () => {
  // docs/analyze.md: a call returns about timeoutMs after it started. These steps read the clock only
  // after they ended (2,000 statements, timeoutMs 2,000, load 11: 62.7 s and 41.6 s). A clock that
  // says "past the deadline" to any reading made inside the step shows whether the step reads it:
  // without a reading the step runs to its end (and the call past its limit), with one the call
  // answers unknown at once.
  const realNow = analyzeClock.now;
  afterEach(() => {
    analyzeClock.now = realNow;
  });
  const policyOf = (statement: (i: number) => object, n: number) => P(...Array.from({ length: n }, (_, i) => statement(i)));
  const cases = [
    // every value of the key tried against every test of it, up to 20,000 lists of values
    ['keyCandidates', 'a key tested by 2,000 statements', policyOf((i) => ({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'], Condition: { StringEquals: { 'aws:PrincipalTag/team': [`t${i}`] } } }), 2000)],
    // every resource cell matched against every statement
    ['resourceCandidates', '2,000 statements on a resource each', policyOf((i) => ({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`arn:aws:s3:::b${i}`] }), 2000)],
    // every action cell matched against every statement
    ['actionCandidates', '2,000 statements on an action each', policyOf((i) => ({ Effect: 'Allow', Action: [`s3:Get${i}`], Resource: ['*'] }), 2000)],
  ] as const;

  it.each(cases)('%s (%s) reads the clock while it runs', (step, _, policy) => {
    // (a walk inside the step reads the clock on its own: those readings are not the step's)
    analyzeClock.now = () => {
      const stack = new Error().stack ?? '';
      return stack.includes(`at ${step} `) && !stack.includes('at cellRepresentatives ') ? Number.MAX_SAFE_INTEGER : 0;
    };
    const r = checkAccessNotGranted(policy, { actions: ['iam:PassRole'] }, { timeoutMs: 10_000 });
    expect(r.result).toBe('unknown');
    expect(r.reasons.map((x) => x.message).join(' ')).toContain('timeoutMs');
  });

  it('a walk of thousands of patterns reads the clock every few thousand steps of its matchers', () => {
    // 3,000 statements on an action pattern each: one matcher per statement in the walk, which read
    // the clock after every 1,024 new states only (about 45 million matcher steps; 7.5 s at load 11)
    const policy = policyOf((i) => ({ Effect: 'Allow', Action: [`s3:Get${i}*`], Resource: ['*'] }), 3000);
    let entered = 0;
    let gap = 0;
    analyzeClock.now = () => {
      const inWalk = (new Error().stack ?? '').includes('at cellRepresentatives ');
      if (!inWalk) {
        entered = performance.now();
        return 0;
      }
      gap = performance.now() - entered;
      return Number.MAX_SAFE_INTEGER;
    };
    const r = checkAccessNotGranted(policy, { actions: ['iam:PassRole'] }, { timeoutMs: 10_000 });
    expect(r.result).toBe('unknown');
    // from the last reading before the walk to its first one: the walk's setup and a few steps
    expect(gap).toBeGreaterThan(0);
    expect(gap).toBeLessThan(1500);
  });
});
