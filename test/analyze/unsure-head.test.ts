/**
 * A Resource / NotResource entry with an unsure head (model/arn.ts `unsureHead`) gives no proof.
 *
 * IAM User Guide, "IAM JSON policy elements: Resource": "You can't use a wildcard in the service
 * segment that identifies the AWS product"; Access Analyzer's check reference asks for the service
 * "including capitalization". Neither says how IAM reads such an entry, and evaluate reads it the
 * way that gives least access: every other reading gives its policy more access, so a `pass` (or
 * "nothing added", "equivalent") on the side whose extra access would make it wrong is `unknown`
 * (docs/analyze.md, "What gives unknown"). Witnesses are kept.
 */
import { describe, expect, it } from 'vitest';
import { checkAccessNotGranted, checkNoNewAccess, checkNoPublicAccess, compare, diff, type Reason } from '../../src/analyze/index.js';
import { diffTemplates } from '../../src/cdk/diff.js';
import type { Template } from '../../src/cdk/index.js';

type St = Record<string, unknown>;
const doc = (...Statement: St[]) => ({ Version: '2012-10-17', Statement });
const allow = (Action: string, Resource: string): St => ({ Effect: 'Allow', Action, Resource });
const deny = (Action: string, Resource: string): St => ({ Effect: 'Deny', Action, Resource });
const WILD = 'arn:aws:*:*:*:*';
const CAPITAL = 'arn:aws:S3:::b/*';
const QUERY = { actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/k'] };

/** The reason for entry `entry` of statement `statementIndex`: side, place and the fix named. */
function expectUnsure(reasons: readonly Reason[], side: string, entry: string, statementIndex: number): void {
  const r = reasons.find((x) => x.code === 'unknown' && x.message.includes(JSON.stringify(entry)));
  expect(r, JSON.stringify(reasons)).toBeDefined();
  expect(r!.message.startsWith(`${side}: `)).toBe(true);
  expect(r!.message).toContain(`statement ${statementIndex}`);
  expect(r!.message).toContain('AWS does not say how IAM reads');
  expect(r!.message).toContain('Fix the entry: lower case, no wildcard in the service.');
  expect(r!.statements?.[0]?.statementIndex).toBe(statementIndex);
}

describe('checkAccessNotGranted: an unsure entry in the policy gives unknown, not pass', () => {
  it.each([
    // an Allow's Resource: evaluate matches nothing through it; IAM may read it as a pattern
    ['an Allow Resource with a wildcard in the service', doc(allow('s3:GetObject', WILD)), WILD],
    ['an Allow Resource with a capital service', doc(allow('s3:GetObject', CAPITAL)), CAPITAL],
    // a Deny's Resource: evaluate reads it as a pattern; IAM may match nothing through it
    ['a Deny Resource', doc(allow('s3:GetObject', '*'), deny('s3:GetObject', CAPITAL)), CAPITAL],
    // a Deny's NotResource: evaluate matches nothing (the Deny applies everywhere); IAM may exempt b
    ['a Deny NotResource', doc(allow('s3:GetObject', '*'), { Effect: 'Deny', Action: 's3:GetObject', NotResource: 'arn:aws:S3:::other/*' }), 'arn:aws:S3:::other/*'],
    // an Allow's NotResource: evaluate reads it as a pattern (b is left out); IAM may leave out nothing
    ['an Allow NotResource', doc({ Effect: 'Allow', Action: 's3:GetObject', NotResource: CAPITAL }), CAPITAL],
  ])('%s', (_name, policy, entry) => {
    const r = checkAccessNotGranted(policy, QUERY);
    expect(r.result).toBe('unknown');
    expect(r.witnesses).toEqual([]);
    expectUnsure(r.reasons, 'policy', entry, policy.Statement.length - 1);
    expect(r.reasons[0]!.side).toBe('policy');
  });

  it('names a capital and a wildcard in the service apart', () => {
    expect(checkAccessNotGranted(doc(allow('s3:GetObject', WILD)), QUERY).reasons[0]!.message).toContain('a wildcard in the service segment');
    expect(checkAccessNotGranted(doc(allow('s3:GetObject', CAPITAL)), QUERY).reasons[0]!.message).toContain('a capital letter before the resource part');
  });

  it('a statement whose actions cannot meet the query does not count: still pass', () => {
    expect(checkAccessNotGranted(doc(allow('iam:PassRole', WILD), allow('s3:PutObject', CAPITAL)), QUERY).result).toBe('pass');
    // a NotAction statement always counts
    expect(checkAccessNotGranted(doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: CAPITAL }), QUERY).result).toBe('unknown');
    // a wildcard action meets the query
    expect(checkAccessNotGranted(doc(allow('s3:Get*', CAPITAL)), QUERY).result).toBe('unknown');
  });

  it('a witness elsewhere stays a fail', () => {
    const r = checkAccessNotGranted(doc(allow('s3:GetObject', WILD), allow('s3:GetObject', 'arn:aws:s3:::b/*')), QUERY);
    expect(r.result).toBe('fail');
    expect(r.witnesses.length).toBeGreaterThan(0);
    expect(r.reasons.every((x) => x.code === 'access-granted')).toBe(true);
  });

  it('lower case, no wildcard in the service: pass as before', () => {
    expect(checkAccessNotGranted(doc(allow('s3:GetObject', 'arn:aws:s3:::other/*')), QUERY).result).toBe('pass');
  });
});

describe('checkNoPublicAccess: an unsure entry in the resource policy gives unknown', () => {
  const bucket = (Resource: string) => doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource });
  it('unknown with the reason', () => {
    const r = checkNoPublicAccess(bucket(CAPITAL), { resourceType: 's3-bucket' });
    expect(r.result).toBe('unknown');
    expectUnsure(r.reasons, 'resourcePolicy', CAPITAL, 0);
    expect(r.reasons[0]!.statements?.[0]?.policy).toBe('resource');
  });
  it('a public statement elsewhere stays a fail', () => {
    const p = doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: [CAPITAL, 'arn:aws:s3:::b/*'] });
    expect(checkNoPublicAccess(p, { resourceType: 's3-bucket' }).result).toBe('fail');
  });
});

describe('checkNoNewAccess: only updated counts', () => {
  const base = allow('s3:GetObject', 'arn:aws:s3:::c/*');
  it('an unsure entry in updated: unknown', () => {
    const r = checkNoNewAccess(doc(base), doc(base, allow('s3:GetObject', CAPITAL)));
    expect(r.result).toBe('unknown');
    expectUnsure(r.reasons, 'updated', CAPITAL, 1);
    expect(r.reasons[0]!.side).toBe('updated');
  });
  it('an unsure entry in existing only: still pass (another reading gives existing more access)', () => {
    expect(checkNoNewAccess(doc(base, allow('s3:GetObject', WILD)), doc(base)).result).toBe('pass');
  });
  it('the same policy on both sides is read alike: pass', () => {
    const p = doc(base, allow('s3:GetObject', WILD));
    expect(checkNoNewAccess(p, p).result).toBe('pass');
    expect(checkNoNewAccess(p, JSON.parse(JSON.stringify(p)) as typeof p).result).toBe('pass');
  });
  it('an SCP of updated: a Deny whose Resource has a capital service may deny nothing', () => {
    const scp = (Resource: string) => ({ identity: doc(allow('*', '*')), scp: [[doc(allow('*', '*'), deny('s3:GetObject', Resource))]] });
    const r = checkNoNewAccess(scp('arn:aws:s3:::b/*'), scp(CAPITAL));
    expect(r.result).toBe('unknown');
    expectUnsure(r.reasons, 'updated', CAPITAL, 1);
    expect(r.reasons[0]!.message).toContain('scp policy 0 of level 0, statement 1');
    expect(r.reasons[0]!.statements?.[0]).toMatchObject({ policy: 'scp', level: 0, policyIndex: 0, statementIndex: 1, effect: 'Deny' });
  });
  it('a new grant elsewhere stays a fail', () => {
    const r = checkNoNewAccess(doc(base), doc(base, allow('s3:GetObject', CAPITAL), allow('s3:PutObject', 'arn:aws:s3:::c/*')));
    expect(r.result).toBe('fail');
    expect(r.witnesses[0]!.action).toBe('s3:PutObject');
  });
});

describe('compare: each direction rests on its own side', () => {
  const base = doc(allow('s3:GetObject', 'arn:aws:s3:::c/*'));
  const withUnsure = doc(allow('s3:GetObject', 'arn:aws:s3:::c/*'), allow('s3:GetObject', CAPITAL));
  it('b unsure: "b allows nothing a does not" is unknown', () => {
    const r = compare(base, withUnsure);
    expect(r.relation).toBe('unknown');
    expectUnsure(r.reasons, 'b', CAPITAL, 1);
    expect(r.reasons.find((x) => x.code === 'unknown')!.side).toBe('b');
  });
  it('a unsure: "a allows nothing b does not" is unknown', () => {
    const r = compare(withUnsure, base);
    expect(r.relation).toBe('unknown');
    expectUnsure(r.reasons, 'a', CAPITAL, 1);
  });
  it('the same policy on both sides: equivalent', () => {
    expect(compare(withUnsure, withUnsure).relation).toBe('equivalent');
  });
  it('a direction with a witness is decided: a unsure and wider by a witness stays wider', () => {
    const a = doc(allow('s3:PutObject', '*'), allow('s3:GetObject', CAPITAL));
    const b = doc(allow('s3:PutObject', 'arn:aws:s3:::b/*'));
    const r = compare(a, b);
    expect(r.relation).toBe('wider');
    expect(r.aOnly.length).toBeGreaterThan(0);
  });
  it('b unsure while a has a witness: unknown, the witness kept', () => {
    const a = doc(allow('s3:PutObject', '*'));
    const b = doc(allow('s3:PutObject', 'arn:aws:s3:::b/*'), allow('s3:GetObject', CAPITAL));
    const r = compare(a, b);
    expect(r.relation).toBe('unknown');
    expect(r.aOnly.length).toBeGreaterThan(0);
    expectUnsure(r.reasons, 'b', CAPITAL, 1);
  });
});

describe('diff: the list is complete only when neither side has an unsure entry', () => {
  const base = doc(allow('s3:GetObject', 'arn:aws:s3:::c/*'));
  const withUnsure = doc(allow('s3:GetObject', 'arn:aws:s3:::c/*'), allow('s3:GetObject', WILD));
  it.each([
    ['after', base, withUnsure],
    ['before', withUnsure, base],
  ])('an unsure entry in %s: complete false with the reason', (side, before, after) => {
    const d = diff(before, after);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.complete).toBe(false);
    expectUnsure(d.reasons, side, WILD, 1);
    // the reason names its side in a field as well as in its message, as every check's reasons do
    expect(d.reasons.filter((r) => r.code === 'unknown').map((r) => r.side)).toEqual([side]);
  });
  it('rows found are kept', () => {
    const d = diff(base, doc(allow('s3:GetObject', 'arn:aws:s3:::c/*'), allow('s3:GetObject', WILD), allow('s3:PutObject', '*')));
    expect(d.added.map((r) => r.example.action)).toEqual(['s3:PutObject']);
    expect(d.complete).toBe(false);
  });
  it('the same policy on both sides: empty and complete', () => {
    const d = diff(withUnsure, withUnsure);
    expect(d).toMatchObject({ added: [], removed: [], complete: true });
  });
});

describe('typed-iam cdk diff reports a changed construct with an unsure entry as not fully compared', () => {
  // docs/cdk.md: a comparison that could not be completed is reported (complete: false), exit 1
  const template = (...Statement: St[]): Template =>
    ({ Resources: { Policy: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: doc(...Statement) } } } }) as unknown as Template;
  it('reported, complete false, the reason kept', () => {
    const before = [{ name: 'App', template: template(allow('s3:GetObject', 'arn:aws:s3:::c/*')) }];
    const after = [{ name: 'App', template: template(allow('s3:GetObject', 'arn:aws:s3:::c/*'), allow('s3:GetObject', CAPITAL)) }];
    const changes = diffTemplates(before, after);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.complete).toBe(false);
    expect(changes[0]!.added).toEqual([]);
    expect(changes[0]!.reasons.some((r) => r.message.includes(JSON.stringify(CAPITAL)))).toBe(true);
  });
});
