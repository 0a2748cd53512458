/**
 * checkAccessNotGranted refuses a query that names no access instead of answering it: an empty
 * list, or an entry that is no action or resource, asks about nothing, so `pass` would be vacuous
 * (a CI check with an unset variable, `actions: [process.env.ACTION ?? '']`, would pass). Access
 * Analyzer's CheckAccessNotGranted takes actions ("service:Action") and resource ARNs.
 */
import { describe, expect, it } from 'vitest';
import { argumentOf } from '../hostile/helpers.js';
import { checkAccessNotGranted, checkNoNewAccess, checkNoPublicAccess, compare, diff, toAnalyzeSet } from '../../src/analyze/index.js';
import { PolicyArgumentError } from '../../src/errors.js';
import { allow, deny, policy, principal } from '../../src/index.js';

const everything = policy.identity(allow('s3:*').on('*'));

function refused(query: unknown): string {
  try {
    checkAccessNotGranted(everything, query as never);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyArgumentError);
    expect((e as PolicyArgumentError).argument).toBe('query');
    return (e as Error).message;
  }
  throw new Error(`answered ${JSON.stringify(query)}`);
}

describe('checkAccessNotGranted: a query must name access', () => {
  it('refuses empty lists and entries that are no action or resource', () => {
    expect(refused({ actions: [] })).toContain('actions must be a non-empty array');
    expect(refused({ resources: [] })).toContain('resources must be a non-empty array');
    expect(refused({ actions: [''] })).toContain('"" in actions is not an action or action pattern');
    expect(refused({ actions: ['garbage'] })).toContain('"garbage" in actions');
    expect(refused({ actions: ['s3:GetObject', 5] })).toContain('5 in actions');
    expect(refused({ resources: ['my-bucket/*'] })).toContain('"my-bucket/*" in resources is not a resource ARN');
    expect(refused({ actions: 's3:GetObject' })).toContain('actions must be a non-empty array');
    expect(refused(null)).toContain('give actions, resources or both');
    expect(refused({})).toContain('give actions, resources or both');
    // a misspelt field read as absent asked about every action (a pass on it proved nothing asked)
    expect(refused({ action: ['s3:PutObject'], resources: ['*'] })).toContain('the query has "action", which no query has');
    expect(refused({ actions: ['s3:PutObject'], resource: ['*'] })).toContain('the query has "resource", which no query has');
    const holes: string[] = ['s3:GetObject'];
    holes[2] = 's3:PutObject';
    expect(refused({ actions: holes })).toContain('undefined in actions');
  });

  it('answers actions, patterns and ARNs', () => {
    expect(checkAccessNotGranted(everything, { actions: ['s3:PutObject'] }).result).toBe('fail');
    expect(checkAccessNotGranted(everything, { actions: ['s3:Put*'], resources: ['arn:aws:s3:::docs/*'] }).result).toBe('fail');
    expect(checkAccessNotGranted(everything, { actions: ['iam:PassRole'] }).result).toBe('pass');
    expect(checkAccessNotGranted(everything, { resources: ['*'] }).result).toBe('fail');
  });
});

describe('the analyze checks refuse what is no policy, document or set', () => {
  // nothing read is nothing granted: a check that read nothing (a misspelt set key, null, JSON text)
  // would pass, and an updated policy that grants everything would be "no new access"
  const scp = policy.scp(allow('*').on('*'));
  const cases: [string, () => unknown, string, RegExp][] = [
    ['a misspelt set key in updated', () => checkNoNewAccess(everything, { identty: everything } as never), 'updated', /updated is an object with "identty"/],
    ['an SCP list under a misspelt key', () => compare(everything, { identity: everything, scps: [[scp]] } as never), 'b', /"scps"/],
    ['null', () => checkAccessNotGranted(null as never, { actions: ['s3:GetObject'] }), 'policy', /policy is null/],
    ['an array', () => diff([everything] as never, everything), 'before', /before is an array/],
    ['JSON text', () => checkNoNewAccess('{"Statement":[]}' as never, everything), 'existing', /existing is a string/],
    ['undefined', () => compare(everything, undefined as never), 'b', /b is undefined/],
    // it was read as "no resource policy", and answered
    ['no resource policy', () => checkNoPublicAccess(undefined as never, { resourceType: 's3-bucket' }), 'resourcePolicy', /resourcePolicy is undefined/],
    ['a list of resource policies', () => checkNoPublicAccess([] as never, { resourceType: 's3-bucket' }), 'resourcePolicy', /resourcePolicy is an array/],
    // was a TypeError from the search ("levels is not iterable"); evaluate refuses the same set
    ['an SCP given as one policy, not levels', () => checkAccessNotGranted({ identity: everything, scp } as never, { actions: ['s3:GetObject'] }), 'policy', /policy\.scp is no array of levels/],
    ['an RCP given as one policy, not levels', () => compare(everything, { identity: everything, rcp: policy.rcp(deny('s3:*').on('*').by(principal.anyone())) } as never), 'b', /b\.rcp is no array of levels/],
  ];
  it.each(cases)('%s: PolicyArgumentError naming the argument', (_name, run, argument, message) => {
    expect(run).toThrow(PolicyArgumentError);
    expect(run).toThrow(message);
    try {
      run();
    } catch (e) {
      expect((e as PolicyArgumentError).argument).toBe(argument);
    }
  });
  it('a set of known keys is read as before', () => {
    expect(checkNoNewAccess({ identity: everything, boundary: undefined } as never, everything).result).toBe('pass');
  });
});

describe('the analyze checks refuse options and queries they cannot read', () => {
  const p = policy.identity(allow('s3:GetObject').on('*'));
  const bucket = policy.resource(allow('s3:GetObject').on('arn:aws:s3:::b/*').by({ type: 'AWS', value: '111122223333' } as never));
  it.each<[string, () => unknown, string]>([
    // each was a TypeError reading a property of null
    ['compare(a, b, null)', () => compare(p, p, null as never), 'options'],
    ['diff(a, b, null)', () => diff(p, p, null as never), 'options'],
    ['checkNoPublicAccess(policy, undefined)', () => checkNoPublicAccess(bucket, undefined as never), 'query'],
    ['checkNoPublicAccess(policy, { resourceType: 5 })', () => checkNoPublicAccess(bucket, { resourceType: 5 } as never), 'query'],
    // these never stopped the search: NaN and text compare false with the clock and the witness count
    ['timeoutMs NaN', () => checkNoNewAccess(p, p, { timeoutMs: NaN }), 'options'],
    ["timeoutMs '100'", () => checkNoNewAccess(p, p, { timeoutMs: '100' as never }), 'options'],
    ['timeoutMs -1', () => checkNoNewAccess(p, p, { timeoutMs: -1 }), 'options'],
    ['maxWitnesses NaN', () => diff(p, p, { maxWitnesses: NaN }), 'options'],
    ["actions 'catalogue'", () => compare(p, p, { actions: 'catalogue' as never }), 'options'],
    // a misspelt name was read as absent: the default budget of 10 s, not the 100 ms written
    ['timeoutMS', () => checkNoNewAccess(p, p, { timeoutMS: 100 } as never), 'options'],
    ['maxWitness', () => diff(p, p, { maxWitness: 1 } as never), 'options'],
  ])('%s: PolicyArgumentError', (_name, run, argument) => {
    expect(argumentOf(run)).toBe(argument);
  });
  it('reads the options, and the resource type of a public-access query, once: the values checked are the values searched', () => {
    const counted = <T extends object>(target: T, reads: Map<PropertyKey, number>): T =>
      new Proxy(target, { get: (t, k, r) => (reads.set(k, (reads.get(k) ?? 0) + 1), Reflect.get(t, k, r)) });
    const calls: [string, (options: object) => unknown][] = [
      ['checkNoNewAccess', (o) => checkNoNewAccess(p, p, o)],
      ['compare', (o) => compare(p, p, o)],
      ['diff', (o) => diff(p, p, o)],
      ['checkAccessNotGranted', (o) => checkAccessNotGranted(p, { actions: ['s3:PutObject'] }, o)],
      ['checkNoPublicAccess', (o) => checkNoPublicAccess(bucket, { resourceType: 's3-bucket' }, o)],
    ];
    for (const [name, call] of calls) {
      const reads = new Map<PropertyKey, number>();
      call(counted({ actions: 'open', maxWitnesses: 3, timeoutMs: 5_000 }, reads));
      expect([name, ...['actions', 'maxWitnesses', 'timeoutMs'].map((k) => reads.get(k))]).toEqual([name, 1, 1, 1]);
    }
    const reads = new Map<PropertyKey, number>();
    checkNoPublicAccess(bucket, counted({ resourceType: 's3-bucket' }, reads) as never);
    expect(reads.get('resourceType')).toBe(1);
  });
  it('reads the options it documents', () => {
    expect(checkNoNewAccess(p, p, { timeoutMs: 0 }).result).toMatch(/pass|unknown/);
    expect(compare(p, p, { actions: 'catalog', maxWitnesses: 0, timeoutMs: Infinity }).relation).toBe('equivalent');
  });
});

describe('toAnalyzeSet', () => {
  it('a name that is no text labels its message as "input" (was: a TypeError writing it)', () => {
    const e = (() => {
      try {
        toAnalyzeSet(5 as never, Symbol('x') as never);
      } catch (error) {
        return error as PolicyArgumentError;
      }
      throw new Error('read');
    })();
    expect(e).toBeInstanceOf(PolicyArgumentError);
    expect(e.argument).toBe('input');
  });
});

describe('checkAccessNotGranted on a resource policy alone: the account root user', () => {
  // IAM User Guide, policy evaluation logic: the root user of the account is allowed by default;
  // only a Deny (in the policies, an SCP or an RCP) keeps it out
  const bucket = policy.resource(allow('s3:GetObject').by(principal.account('444455556666')).on('arn:aws:s3:::docs/*'));

  it('fails (the verdict stands) and says the witness is the root user allowed with no statement', () => {
    const r = checkAccessNotGranted(bucket, { actions: ['s3:DeleteObject'] });
    expect(r.result).toBe('fail');
    expect(r.witnesses[0]!.principal).toMatch(/:root$/);
    expect(r.reasons[0]!.byDefault).toBe(true);
    expect(r.reasons[0]!.message).toContain('though no statement allows it: the caller is the account root user');
    expect(r.reasons[0]!.message).toContain('({ resource, scp: [[scp]] })');
  });

  it('a witness a statement allows says nothing of the root user', () => {
    const r = checkAccessNotGranted({ identity: policy.identity(allow('s3:DeleteObject').on('*')) }, { actions: ['s3:DeleteObject'] });
    expect(r.result).toBe('fail');
    expect(r.reasons.every((x) => x.byDefault === undefined && !x.message.includes('root user'))).toBe(true);
  });

  it('the remedies the message names decide: a Deny, or an SCP given with the policy', () => {
    const denied = policy.resource(deny('s3:DeleteObject').by(principal.anyone()).on('*'), allow('s3:GetObject').by(principal.anyone()).on('*'));
    expect(checkAccessNotGranted(denied, { actions: ['s3:DeleteObject'] }).result).toBe('pass');
    const scp = policy.scp(allow('*').on('*'), deny('s3:DeleteObject').on('*'));
    expect(checkAccessNotGranted({ resource: bucket, scp: [[scp]] }, { actions: ['s3:DeleteObject'] }).result).toBe('pass');
  });
});
