/**
 * Condition keys compared with the whole value of a policy variable
 * (`"aws:ResourceAccount": "${aws:PrincipalAccount}"`), and keys read by both String and ARN
 * operators: decided, witnesses replay, and `pass` holds on sampled requests that meet the ties.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, type EvaluationRequest, type PolicySet } from '../../src/evaluate/index.js';
import { checkAccessNotGranted, checkNoNewAccess, checkNoPublicAccess, compare, diff } from '../../src/analyze/index.js';
import { search } from '../../src/analyze/space.js';
import { widerStatement } from '../../src/analyze/widen.js';
import type { ConditionElement, PolicyDocument, Statement } from '../../src/model/policy-document.js';

const A = '111122223333';
const B = '444455556666';
// Policy variables are substituted, and a substituted value is compared literally (docs/evaluation.md)
const CONDITIONS: ConditionElement[] = [
  { StringEquals: { 'aws:ResourceAccount': ['${aws:PrincipalAccount}'] } },
  { StringNotEquals: { 'aws:ResourceAccount': ['${aws:PrincipalAccount}'] } },
  { StringEquals: { 'aws:ResourceAccount': [A] } },
  { StringEqualsIgnoreCase: { 'aws:ResourceTag/team': ['${aws:PrincipalTag/team}'] } },
  { StringEquals: { 'aws:ResourceTag/team': ['${aws:PrincipalTag/team}', 'shared'] } },
  { StringLike: { 'aws:ResourceTag/team': ['eng*'] } },
  { StringEquals: { 'aws:PrincipalTag/team': ['eng', 'ops'] } },
  { StringNotLikeIfExists: { 's3:prefix': ['${aws:PrincipalTag/team}'] } },
  { StringLike: { 's3:prefix': ['home/*'] } },
  { StringLike: { 'aws:SourceArn': ['arn:aws:sns:*:*:topic-*'] } },
  { ArnLike: { 'aws:SourceArn': ['arn:aws:sns:us-east-1:*:*'] } },
  { StringNotEquals: { 'aws:SourceArn': ['arn:aws:sns:us-east-1:111122223333:topic-a'] } },
];

const statementArb: fc.Arbitrary<Statement> = fc
  .record({
    effect: fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Allow', 'Deny'),
    actions: fc.uniqueArray(fc.constantFrom('s3:GetObject', 's3:*', 'sns:Publish', '*'), { minLength: 1, maxLength: 2 }),
    conditions: fc.uniqueArray(fc.constantFrom(...CONDITIONS), { minLength: 1, maxLength: 2 }),
  })
  .map((r) => {
    const c: { [op: string]: { [k: string]: readonly string[] } } = {};
    for (const block of r.conditions) for (const [op, keys] of Object.entries(block)) c[op] = { ...(c[op] ?? {}), ...(keys as { [k: string]: string[] }) };
    return { Effect: r.effect, Action: r.actions, Resource: ['*'], Condition: c };
  });
const policyArb = fc.array(statementArb, { minLength: 1, maxLength: 3 }).map((Statement): PolicyDocument => ({ Version: '2012-10-17', Statement }));

const text = fc.constantFrom('eng', 'ENG', 'ops', 'shared', 'engx', 'home/eng', 'eng*');
const requestArb: fc.Arbitrary<EvaluationRequest> = fc
  .record({
    caller: fc.constantFrom(A, B),
    owner: fc.option(fc.constantFrom(A, B), { nil: undefined }),
    explicitOwner: fc.option(fc.constantFrom(A, B, 'x'), { nil: undefined }),
    tag: fc.option(text, { nil: undefined }),
    resourceTag: fc.option(text, { nil: undefined }),
    prefix: fc.option(text, { nil: undefined }),
    arn: fc.option(fc.constantFrom('arn:aws:sns:us-east-1:111122223333:topic-a', 'arn:aws:sns:eu-west-1:1:topic-b', 'arn:aws:sns:us-east-1:1:q', 'arn:aws:sns:us-east-1:1:topic-x:y'), { nil: undefined }),
    action: fc.constantFrom('s3:GetObject', 'sns:Publish', 's3:PutObject'),
  })
  .map((r) => ({
    principal: `arn:aws:iam::${r.caller}:user/u`,
    action: r.action,
    resource: '*',
    ...(r.owner === undefined ? {} : { resourceAccount: r.owner }),
    context: {
      ...(r.explicitOwner === undefined ? {} : { 'aws:ResourceAccount': r.explicitOwner }),
      ...(r.tag === undefined ? {} : { 'aws:PrincipalTag/team': r.tag }),
      ...(r.resourceTag === undefined ? {} : { 'aws:ResourceTag/team': r.resourceTag }),
      ...(r.prefix === undefined ? {} : { 's3:prefix': r.prefix }),
      ...(r.arn === undefined ? {} : { 'aws:SourceArn': r.arn }),
    },
  }));

const allowed = (set: PolicySet, r: EvaluationRequest) => evaluate(set, r).decision === 'allow';

/**
 * checkNoNewAccess and compare of two sets: every witness replays (the side it names allows it, the
 * other does not), and a `pass` or a relation holds on every sampled request. True when the check decided.
 */
function holdsOnSamples(a: PolicySet, b: PolicySet, reqs: readonly EvaluationRequest[]): boolean {
  const more = (x: PolicySet, y: PolicySet, w: EvaluationRequest) => allowed(y, w) && !allowed(x, w);
  const r = checkNoNewAccess(a, b);
  for (const w of r.witnesses) expect(more(a, b, w)).toBe(true);
  if (r.result === 'pass') for (const x of reqs) expect(more(a, b, x), JSON.stringify(x)).toBe(false);
  const c = compare(a, b);
  for (const w of c.aOnly) expect(more(b, a, w)).toBe(true);
  for (const w of c.bOnly) expect(more(a, b, w)).toBe(true);
  if (c.relation === 'equivalent' || c.relation === 'narrower') for (const x of reqs) expect(more(b, a, x), JSON.stringify(x)).toBe(false);
  if (c.relation === 'equivalent' || c.relation === 'wider') for (const x of reqs) expect(more(a, b, x), JSON.stringify(x)).toBe(false);
  return r.result !== 'unknown';
}

describe('keys tied to a policy variable, keys read as text and as an ARN', () => {
  it('are decided; witnesses replay; pass holds on sampled requests', () => {
    let decided = 0;
    fc.assert(
      fc.property(policyArb, policyArb, fc.array(requestArb, { minLength: 30, maxLength: 30 }), (a, b, reqs) => {
        // the plain search (reduce.ts cuts identity policies into smaller searches of the same kind)
        const plain = search({ sets: [{ identity: a }, { identity: b }], directions: 1, witness: ([e, u]) => (u!.decision === 'allow' && e!.decision !== 'allow' ? 0 : undefined), options: {} });
        expect(plain.unknown).toEqual([]);
        for (const w of plain.witnesses[0]!) expect(allowed({ identity: b }, w.request) && !allowed({ identity: a }, w.request)).toBe(true);
        const r = checkNoNewAccess(a, b);
        expect(r.result).not.toBe('unknown');
        expect(r.result).toBe(plain.witnesses[0]!.length > 0 ? 'fail' : 'pass');
        decided++;
        for (const w of r.witnesses) expect(allowed({ identity: b }, w) && !allowed({ identity: a }, w)).toBe(true);
        if (r.result === 'pass') for (const q of reqs) expect(allowed({ identity: b }, q) && !allowed({ identity: a }, q), JSON.stringify(q)).toBe(false);
      }),
      { numRuns: 150, seed: 1430 },
    );
    expect(decided).toBe(150);
  });

  it('compare is its own mirror', () => {
    const MIRROR = { equivalent: 'equivalent', narrower: 'wider', wider: 'narrower', incomparable: 'incomparable', unknown: 'unknown' } as const;
    fc.assert(
      fc.property(policyArb, policyArb, (a, b) => {
        expect(compare(b, a).relation).toBe(MIRROR[compare(a, b).relation]);
      }),
      { numRuns: 60, seed: 1431 },
    );
  });

  it('finds the request where the key equals the variable', () => {
    const same: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'], Condition: { StringEquals: { 'aws:ResourceAccount': ['${aws:PrincipalAccount}'] } } }] };
    const fixed: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'], Condition: { StringEquals: { 'aws:ResourceAccount': [A] } } }] };
    const r = checkNoNewAccess(fixed, same);
    expect(r.result).toBe('fail');
    expect(checkNoNewAccess(same, fixed).result).toBe('fail');
    const either: PolicyDocument = { ...fixed, Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'] }] };
    expect(checkNoNewAccess(either, same).result).toBe('pass');
  });
});

describe('policy variables in the resource part of Resource', () => {
  const RES = ['arn:aws:s3:::b/${aws:PrincipalTag/team}/*', 'arn:aws:s3:::b/*', 'arn:aws:s3:::b/eng/*', 'arn:aws:s3:::b/${aws:username}', 'arn:aws:s3:::c/*'];
  const st = fc
    .record({
      effect: fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Allow', 'Allow', 'Deny'),
      resources: fc.uniqueArray(fc.constantFrom(...RES), { minLength: 1, maxLength: 2 }),
      tag: fc.boolean(),
    })
    .map((r): Statement => ({
      Effect: r.effect,
      Action: ['s3:GetObject'],
      Resource: r.resources,
      ...(r.tag ? { Condition: { StringEquals: { 'aws:PrincipalTag/team': ['eng', 'ops'] } } } : {}),
    }));
  const pol = fc.array(st, { minLength: 1, maxLength: 3 }).map((Statement): PolicyDocument => ({ Version: '2012-10-17', Statement }));
  const req = fc
    .record({
      tag: fc.option(fc.constantFrom('eng', 'ops', 'x'), { nil: undefined }),
      user: fc.constantFrom('eng', 'u'),
      key: fc.constantFrom('b/eng/k', 'b/ops/k', 'b/x/k', 'b/u', 'b/eng', 'c/k', 'b/x'),
    })
    .map((r) => ({
      principal: `arn:aws:iam::${A}:user/${r.user}`,
      action: 's3:GetObject',
      resource: `arn:aws:s3:::${r.key}`,
      context: r.tag === undefined ? {} : { 'aws:PrincipalTag/team': r.tag },
    }));
  it('pass holds on sampled requests; witnesses replay', () => {
    let unknown = 0;
    fc.assert(
      fc.property(pol, pol, fc.array(req, { minLength: 30, maxLength: 30 }), (a, b, reqs) => {
        const r = checkNoNewAccess(a, b);
        if (r.result === 'unknown') unknown++;
        for (const w of r.witnesses) expect(allowed({ identity: b }, w) && !allowed({ identity: a }, w)).toBe(true);
        if (r.result === 'pass') for (const q of reqs) expect(allowed({ identity: b }, q) && !allowed({ identity: a }, q), JSON.stringify(q)).toBe(false);
      }),
      { numRuns: 200, seed: 1432 },
    );
    // fixed seed: 65 unknown of 200 before step 3 looked for witnesses nearer `existing`, 64 since
    expect(unknown).toBeLessThanOrEqual(64);
  });
});

describe('a statement reading a policy variable, changed between versions (step 3 of reduce.ts)', () => {
  const doc = (...Statement: Statement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
  const replays = (a: PolicyDocument, b: PolicyDocument, w: EvaluationRequest) => allowed({ identity: b }, w) && !allowed({ identity: a }, w);
  // IAM User Guide, IAM policy elements: variables: "${aws:username}" is replaced by the friendly name of the calling user
  const own = { Effect: 'Allow', Action: ['iam:ChangePassword'], Resource: ['arn:aws:iam::*:user/${aws:username}'] } as const;
  const withPath = { ...own, Resource: ['arn:aws:iam::*:user/${aws:username}', 'arn:aws:iam::*:user/*/${aws:username}'] } as const;

  it('a Resource entry added beside one with the same variable: fail, the witness names the new entry with the caller as the variable', () => {
    // the AWS managed policy IAMUserChangePassword, v2 -> v3 (users with a path may change their own password)
    const r = checkNoNewAccess(doc(own), doc(withPath));
    expect(r.result).toBe('fail');
    const w = r.witnesses[0]!;
    expect(replays(doc(own), doc(withPath), w)).toBe(true);
    // aws:username is the caller's own (derived from the principal, not given as context)
    const name = w.principal!.slice(w.principal!.lastIndexOf('/') + 1);
    expect(w.resource).toMatch(new RegExp(`:user/[^/]+/${name}$`));
    expect(w.context?.['aws:username']).toBeUndefined();
    expect(checkNoNewAccess(doc(withPath), doc(own)).result).toBe('pass');
  });

  it('an action added to a statement whose Resource reads a variable: fail, the witness is the added action', () => {
    const before = { Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::b/${aws:PrincipalTag/team}/*'], Condition: { StringEquals: { 'aws:ResourceAccount': ['${aws:PrincipalAccount}'] } } } as const;
    const after = { ...before, Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'] } as const;
    const r = checkNoNewAccess(doc(before), doc(after));
    expect(r.result).toBe('fail');
    expect(r.witnesses[0]!.action).toBe('s3:PutObject');
    expect(replays(doc(before), doc(after), r.witnesses[0]!)).toBe(true);
    expect(checkNoNewAccess(doc(after), doc(before)).result).toBe('pass');
  });

  it('a condition value added to a statement whose Resource reads a variable: fail, the witness has the added value', () => {
    // the AWS managed policy AmazonEKSServiceRolePolicy, v8 -> v9 (one more eks:policyArn), cut down
    const before = {
      Effect: 'Allow',
      Action: ['eks:AssociateAccessPolicy'],
      Resource: ['arn:aws:eks:*:*:access-entry/*/role/${aws:PrincipalAccount}/AWSServiceRoleForAmazonEKS/*'],
      Condition: { StringEquals: { 'eks:policyArn': ['arn:aws:eks::aws:cluster-access-policy/A'] } },
    } as const;
    const after = { ...before, Condition: { StringEquals: { 'eks:policyArn': ['arn:aws:eks::aws:cluster-access-policy/A', 'arn:aws:eks::aws:cluster-access-policy/B'] } } } as const;
    const r = checkNoNewAccess(doc(before), doc(after));
    expect(r.result).toBe('fail');
    const w = r.witnesses[0]!;
    expect(w.context?.['eks:policyArn']).toBe('arn:aws:eks::aws:cluster-access-policy/B');
    expect(replays(doc(before), doc(after), w)).toBe(true);
    // the account in the resource is the caller's own account, not a value given for aws:PrincipalAccount
    expect(w.resource).toContain(`/role/${A}/`);
    expect(w.context?.['aws:PrincipalAccount']).toBeUndefined();
    // the other way (a value removed) is proved by step 1: a StringEquals with fewer values holds in fewer requests,
    // so the statement lies in the one with more (IAM User Guide, multiple values in a condition are ORed)
    expect(checkNoNewAccess(doc(after), doc(before)).result).toBe('pass');
  });

  it('a value removed from a condition list that also holds a variable: pass', () => {
    // IAM User Guide, policy variables example: the home-folder listing statement, one prefix fewer
    const list = (prefixes: string[]): Statement => ({ Effect: 'Allow', Action: ['s3:ListBucket'], Resource: ['arn:aws:s3:::b'], Condition: { StringLike: { 's3:prefix': prefixes } } });
    const before = doc(list(['', 'home/', 'home/${aws:username}/*']));
    const after = doc(list(['home/', 'home/${aws:username}/*']));
    expect(checkNoNewAccess(before, after).result).toBe('pass');
    const r = checkNoNewAccess(after, before);
    expect(r.result).toBe('fail');
    expect(r.witnesses[0]!.context?.['s3:prefix']).toBe('');
  });

  it('a variable replaced by another: fail, the witness gives the new key a placeholder rather than an empty value', () => {
    const home = (v: string): Statement => ({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`arn:aws:s3:::b/home/\${${v}}/*`] });
    const r = checkNoNewAccess(doc(home('aws:username')), doc(home('aws:userid')));
    expect(r.result).toBe('fail');
    const w = r.witnesses[0]!;
    expect(replays(doc(home('aws:username')), doc(home('aws:userid')), w)).toBe(true);
    expect(w.context?.['aws:userid']).not.toBe('');
  });

  it('a condition value that reads two variables changed: fail, each key given a value of its own', () => {
    // the AWS managed policy AWSIdentityCenterExternalManagementPolicy, v1 -> v2 (the issuer ARN format changed), cut down
    const issuer = (value: string): Statement => ({
      Effect: 'Allow',
      Action: ['identitystore:CreateUser'],
      Resource: ['arn:aws:identitystore:::user/*'],
      Condition: { 'ForAllValues:ArnEquals': { 'identitystore:UserExternalIdIssuers': [value] } },
    });
    const before = doc(issuer('arn:aws:identitystore::*:provisioningtenant/${aws:PrincipalTag/StoreId}/${aws:PrincipalTag/Issuer}'));
    const after = doc(issuer('arn:aws:identitystore::*:identitystore/${aws:PrincipalTag/StoreId}/provisioningtenant/${aws:PrincipalTag/Issuer}'));
    const r = checkNoNewAccess(before, after);
    expect(r.result).toBe('fail');
    const w = r.witnesses[0]!;
    expect(replays(before, after, w)).toBe(true);
    const store = String(w.context?.['aws:PrincipalTag/StoreId']);
    const by = String(w.context?.['aws:PrincipalTag/Issuer']);
    expect(store).not.toBe(by);
    expect(String(w.context?.['identitystore:UserExternalIdIssuers'])).toContain(`identitystore/${store}/provisioningtenant/${by}`);
  });

  it('a Deny whose NotResource reads a variable: removed or widened is a fail, added or narrowed a pass', () => {
    // IAM User Guide, NotResource with Deny: the Deny applies to every resource but those listed
    const allowAll: Statement = { Effect: 'Allow', Action: ['s3:*'], Resource: ['*'] };
    const deny = (...extra: string[]): Statement => ({ Effect: 'Deny', Action: ['s3:*'], NotResource: ['arn:aws:s3:::b/home/${aws:username}/*', ...extra] });
    const cases: [PolicyDocument, PolicyDocument, 'pass' | 'fail'][] = [
      [doc(allowAll, deny()), doc(allowAll), 'fail'],
      [doc(allowAll), doc(allowAll, deny()), 'pass'],
      [doc(allowAll, deny('arn:aws:s3:::pub/*')), doc(allowAll, deny()), 'pass'],
      [doc(allowAll, deny()), doc(allowAll, deny('arn:aws:s3:::pub/*')), 'fail'],
    ];
    for (const [before, after, expected] of cases) {
      const r = checkNoNewAccess(before, after);
      expect(r.result).toBe(expected);
      for (const w of r.witnesses) expect(replays(before, after, w)).toBe(true);
    }
  });

  it('the same statements reordered and rewritten: pass', () => {
    const r = checkNoNewAccess(doc(withPath, { Effect: 'Allow', Action: ['iam:GetAccountPasswordPolicy'], Resource: ['*'] }), doc({ Effect: 'Allow', Action: ['iam:GetAccountPasswordPolicy'], Resource: ['*'] }, { ...withPath, Resource: [...withPath.Resource].reverse() }));
    expect(r.result).toBe('pass');
  });
});

describe('condition values that read a variable the search cannot tie (widerStatement)', () => {
  // IAM User Guide, policy variables: a variable is replaced by the key's value, and the result is compared as
  // literal text; a `*` in its place (under StringLike/ArnLike) therefore matches at least what it matched
  const VALUES: [string, string, string][] = [
    ['StringEquals', 's3:prefix', 'home/${aws:username}/x'],
    ['StringLike', 's3:prefix', 'home/${aws:username}/*'],
    ['StringLikeIfExists', 's3:prefix', '${aws:username}-*'],
    ['StringNotLike', 's3:prefix', 'home/${aws:username}/*'],
    ['StringNotEquals', 's3:prefix', 'x${aws:username}'],
    ['StringEqualsIgnoreCase', 's3:prefix', 'Home/${aws:username}'],
    ['ForAnyValue:StringEquals', 'aws:TagKeys', 'team-${aws:username}'],
    ['ForAllValues:StringLike', 'aws:TagKeys', '${aws:username}*'],
    ['ArnLike', 'aws:SourceArn', 'arn:aws:sns:*:*:${aws:username}-topic'],
    ['ArnEquals', 'aws:SourceArn', 'arn:aws:sns:us-east-1:${aws:PrincipalAccount}:t'],
    ['ArnNotLike', 'aws:SourceArn', 'arn:aws:sns:*:*:${aws:username}'],
    ['StringEquals', 'aws:ResourceAccount', '${aws:PrincipalAccount}'],
  ];
  const stArb = fc.uniqueArray(fc.constantFrom(...VALUES), { minLength: 1, maxLength: 3, selector: ([op, key]) => `${op} ${key}` }).map((tests): Statement => {
    const c: { [op: string]: { [k: string]: string[] } } = {};
    for (const [op, key, value] of tests) c[op] = { ...(c[op] ?? {}), [key]: [value, 'plain*'] };
    return { Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'], Condition: c };
  });
  const user = fc.constantFrom('alice', 'bob');
  const text = (u: string) => fc.constantFrom(`home/${u}/x`, `home/${u}/y`, `${u}-1`, `x${u}`, 'Home/ALICE', `team-${u}`, `${u}q`, 'plain-1', 'other');
  const reqArb = user.chain((u) =>
    fc.record({
      prefix: fc.option(text(u), { nil: undefined }),
      tags: fc.option(fc.uniqueArray(text(u), { maxLength: 2 }), { nil: undefined }),
      arn: fc.option(fc.constantFrom(`arn:aws:sns:us-east-1:${A}:${u}-topic`, `arn:aws:sns:us-east-1:${A}:t`, `arn:aws:sns:us-east-1:${B}:t`, `arn:aws:sns:eu-west-1:${A}:${u}`), { nil: undefined }),
      owner: fc.constantFrom(A, B),
    }).map((r): EvaluationRequest => ({
      principal: `arn:aws:iam::${A}:user/${u}`,
      action: 's3:GetObject',
      resource: '*',
      resourceAccount: r.owner,
      context: {
        ...(r.prefix === undefined ? {} : { 's3:prefix': r.prefix }),
        ...(r.tags === undefined ? {} : { 'aws:TagKeys': r.tags }),
        ...(r.arn === undefined ? {} : { 'aws:SourceArn': r.arn }),
      },
    })),
  );
  const doc = (st: Statement): PolicyDocument => ({ Version: '2012-10-17', Statement: [st] });

  it('applies to every request the statement applies to, and ties only what the search can', () => {
    fc.assert(
      fc.property(stArb, fc.array(reqArb, { minLength: 20, maxLength: 20 }), (st, reqs) => {
        const wide = widerStatement(st, '2012-10-17');
        for (const v of Object.values(wide.Condition ?? {}).flatMap((block) => Object.values(block).flat()))
          if (typeof v === 'string' && v.includes('${')) expect(v).toBe('${aws:PrincipalAccount}');
        for (const q of reqs) if (allowed({ identity: doc(st) }, q)) expect(allowed({ identity: doc(wide) }, q), JSON.stringify([wide, q])).toBe(true);
      }),
      { numRuns: 300, seed: 1433 },
    );
  });

  it('checkNoNewAccess: witnesses replay; pass holds on sampled requests', () => {
    let decided = 0;
    fc.assert(
      fc.property(stArb, stArb, fc.array(reqArb, { minLength: 30, maxLength: 30 }), (a, b, reqs) => {
        const r = checkNoNewAccess(doc(a), doc(b));
        if (r.result !== 'unknown') decided++;
        for (const w of r.witnesses) expect(allowed({ identity: doc(b) }, w) && !allowed({ identity: doc(a) }, w)).toBe(true);
        if (r.result === 'pass') for (const q of reqs) expect(allowed({ identity: doc(b) }, q) && !allowed({ identity: doc(a) }, q), JSON.stringify(q)).toBe(false);
      }),
      { numRuns: 150, seed: 1434 },
    );
    expect(decided).toBeGreaterThan(0);
  });

  it('a new Allow whose ArnLike value reads a principal tag: fail, the witness gives the tag the matching piece', () => {
    // the AWS managed policy SageMakerStudioEMRServiceRolePolicy, v1 -> v2, cut down
    const added: Statement = { Effect: 'Allow', Action: ['ec2:CreateNetworkInterface'], Resource: ['*'], Condition: { ArnLike: { 'ec2:Vpc': ['arn:aws:ec2:*:*:vpc/${aws:PrincipalTag/VpcId}'] } } };
    const base: Statement = { Effect: 'Allow', Action: ['ec2:DescribeVpcs'], Resource: ['*'] };
    const before: PolicyDocument = { Version: '2012-10-17', Statement: [base] };
    const after: PolicyDocument = { Version: '2012-10-17', Statement: [base, added] };
    const r = checkNoNewAccess(before, after);
    expect(r.result).toBe('fail');
    const w = r.witnesses[0]!;
    expect(allowed({ identity: after }, w) && !allowed({ identity: before }, w)).toBe(true);
    expect(String(w.context?.['ec2:Vpc'])).toMatch(new RegExp(`vpc/${String(w.context?.['aws:PrincipalTag/VpcId'])}$`));
  });
});

describe('checkAccessNotGranted and checkNoPublicAccess on policies that read a variable (onTheSafeSide)', () => {
  const P = (...Statement: Statement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
  // IAM User Guide, policy variables: the home-folder example
  const home: Statement = { Effect: 'Allow', Action: ['s3:*'], Resource: ['arn:aws:s3:::b/home/${aws:username}/*'] };

  it('a question the policy cannot grant whatever the variable: pass (was unknown)', () => {
    expect(checkAccessNotGranted(P(home), { actions: ['s3:GetObject'], resources: ['arn:aws:s3:::other/*'] }).result).toBe('pass');
    expect(checkAccessNotGranted(P(home), { actions: ['ec2:*'] }).result).toBe('pass');
  });

  it('a question it can grant: fail, the witness is the caller\'s own folder', () => {
    const r = checkAccessNotGranted(P(home), { actions: ['s3:PutObject'], resources: ['arn:aws:s3:::b/*'] });
    expect(r.result).toBe('fail');
    const w = r.witnesses[0]!;
    expect(w.resource).toBe(`arn:aws:s3:::b/home/${w.principal!.slice(w.principal!.lastIndexOf('/') + 1)}/example`);
    expect(allowed({ identity: P(home) }, w)).toBe(true);
  });

  it('a Deny that reads a variable is left out of the wider question, and a witness must still pass it', () => {
    const denyOthers: Statement = { Effect: 'Deny', Action: ['s3:*'], NotResource: ['arn:aws:s3:::b/home/${aws:username}/*'] };
    const r = checkAccessNotGranted(P({ Effect: 'Allow', Action: ['s3:*'], Resource: ['*'] }, denyOthers), { actions: ['s3:GetObject'] });
    expect(r.result).toBe('fail');
    expect(allowed({ identity: P({ Effect: 'Allow', Action: ['s3:*'], Resource: ['*'] }, denyOthers) }, r.witnesses[0]!)).toBe(true);
  });

  it('public access: Principal "*" on a home folder is public; a named account is not', () => {
    const star = P({ ...home, Principal: '*', Action: ['s3:GetObject'] });
    const r = checkNoPublicAccess(star, { resourceType: 's3-bucket' });
    expect(r.result).toBe('fail');
    for (const w of r.witnesses) expect(w.principal === undefined || !w.principal.startsWith('arn:') || w.principal.split(':')[4] !== w.resourceAccount).toBe(true);
    expect(checkNoPublicAccess(P({ ...home, Principal: { AWS: [`arn:aws:iam::${A}:root`] }, Action: ['s3:GetObject'] }), { resourceType: 's3-bucket' }).result).toBe('pass');
  });

  it('pass holds on sampled requests; witnesses replay (generated policies and questions)', () => {
    const RES = ['arn:aws:s3:::b/home/${aws:username}/*', 'arn:aws:s3:::b/${aws:PrincipalTag/team}/*', 'arn:aws:s3:::b/pub/*', 'arn:aws:s3:::c/*'];
    const stArb = fc
      .record({
        effect: fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Allow', 'Deny'),
        actions: fc.uniqueArray(fc.constantFrom('s3:GetObject', 's3:PutObject', 's3:*'), { minLength: 1, maxLength: 2 }),
        resources: fc.uniqueArray(fc.constantFrom(...RES), { minLength: 1, maxLength: 2 }),
        prefix: fc.option(fc.constantFrom('home/${aws:username}/*', '${aws:PrincipalTag/team}'), { nil: undefined }),
      })
      .map((r): Statement => ({ Effect: r.effect, Action: r.actions, Resource: r.resources, ...(r.prefix === undefined ? {} : { Condition: { StringLike: { 's3:prefix': [r.prefix] } } }) }));
    const polArb = fc.array(stArb, { minLength: 1, maxLength: 3 }).map((s) => P(...s));
    const queryArb = fc.record({ actions: fc.constant(['s3:GetObject']), resources: fc.uniqueArray(fc.constantFrom('arn:aws:s3:::b/home/*', 'arn:aws:s3:::b/pub/x', 'arn:aws:s3:::c/*', 'arn:aws:s3:::d/*'), { minLength: 1, maxLength: 2 }) });
    const reqArb = fc
      .record({ user: fc.constantFrom('alice', 'bob'), team: fc.option(fc.constantFrom('eng', 'alice'), { nil: undefined }), key: fc.constantFrom('b/home/alice/k', 'b/home/bob/k', 'b/eng/k', 'b/pub/x', 'c/k', 'd/k'), prefix: fc.option(fc.constantFrom('home/alice/x', 'eng', 'x'), { nil: undefined }) })
      .map((r): EvaluationRequest => ({
        principal: `arn:aws:iam::${A}:user/${r.user}`,
        action: 's3:GetObject',
        resource: `arn:aws:s3:::${r.key}`,
        context: { ...(r.team === undefined ? {} : { 'aws:PrincipalTag/team': r.team }), ...(r.prefix === undefined ? {} : { 's3:prefix': r.prefix }) },
      }));
    let decided = 0;
    fc.assert(
      fc.property(polArb, queryArb, fc.array(reqArb, { minLength: 30, maxLength: 30 }), (p, q, reqs) => {
        const r = checkAccessNotGranted(p, q);
        if (r.result !== 'unknown') decided++;
        const asked = (x: EvaluationRequest) => q.resources.some((pat) => new RegExp(`^${pat.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`).test(x.resource!));
        for (const w of r.witnesses) expect(allowed({ identity: p }, w) && asked(w)).toBe(true);
        if (r.result === 'pass') for (const x of reqs) expect(allowed({ identity: p }, x) && asked(x), JSON.stringify(x)).toBe(false);
      }),
      { numRuns: 200, seed: 1435 },
    );
    console.log("DECIDED", decided);
    expect(decided).toBeGreaterThan(150);
  });
});

describe('checkNoNewAccess on resource policies that read a variable (searched whole, then on the safe side)', () => {
  const P = (...Statement: Statement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
  const home: Statement = { Effect: 'Allow', Principal: { AWS: [`arn:aws:iam::${A}:root`] }, Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/home/${aws:username}/*'] };
  const replays = (a: PolicyDocument, b: PolicyDocument, w: EvaluationRequest) => allowed({ resource: b }, w) && !allowed({ resource: a }, w);

  it('an entry added beside one that reads a variable: fail, with a witness evaluate confirms', () => {
    const after = P({ ...home, Resource: [...home.Resource!, 'arn:aws:s3:::b/home/*/${aws:username}/*'] });
    const r = checkNoNewAccess({ resource: P(home) }, { resource: after });
    expect(r.result).toBe('fail');
    expect(replays(P(home), after, r.witnesses[0]!)).toBe(true);
  });

  it('the principal widened to "*": fail', () => {
    const after = P({ ...home, Principal: '*' });
    const r = checkNoNewAccess({ resource: P(home) }, { resource: after });
    expect(r.result).toBe('fail');
    expect(replays(P(home), after, r.witnesses[0]!)).toBe(true);
  });

  it('a witness beside a variable statement is found though the safe side allows many requests the real policy does not', () => {
    // naming the role instead of its account lets the role in without an identity policy (IAM User
    // Guide, policy evaluation logic: a resource policy that names a role grants its sessions in the
    // same account): new access beside the home folder, which the safe side reads as every folder
    const pub: Statement = { Effect: 'Allow', Principal: { AWS: [`arn:aws:iam::${A}:root`] }, Action: ['s3:GetObject', 's3:PutObject'], Resource: ['arn:aws:s3:::b/pub/*'] };
    const before = P(home, pub);
    const after = P(home, { ...pub, Principal: { AWS: [`arn:aws:iam::${A}:role/r`] } });
    const r = checkNoNewAccess({ resource: before }, { resource: after });
    expect(r.result).toBe('fail');
    for (const w of r.witnesses) expect(replays(before, after, w)).toBe(true);
    expect(compare({ resource: before }, { resource: after }).relation).toBe('incomparable');
  });

  it('the same documents: pass, equivalent and a complete diff, whatever their variables', () => {
    expect(checkNoNewAccess({ resource: P(home) }, { resource: P(home) }).result).toBe('pass');
    expect(compare({ resource: P(home) }, { resource: P(home) }).relation).toBe('equivalent');
    const d = diff({ resource: P(home) }, { resource: P(home) });
    expect([d.complete, d.added, d.removed, d.reasons]).toEqual([true, [], [], []]);
  });

  it('compare and diff: each direction left undecided by a variable is asked on the safe side', () => {
    const all = P({ ...home, Resource: ['arn:aws:s3:::b/*'] });
    // the home folder lies in the whole bucket: proved, with the bucket's extra access as a witness
    expect(compare({ resource: P(home) }, { resource: all }).relation).toBe('narrower');
    const d = diff({ resource: P(home) }, { resource: all });
    expect(d.complete).toBe(true);
    expect(d.added.length).toBeGreaterThan(0);
    for (const row of d.added) expect(allowed({ resource: all }, row.example) && !allowed({ resource: P(home) }, row.example)).toBe(true);
    // a public statement added: its rows are found (the other direction, access removed, stays undecided)
    const pub = P(home, { Effect: 'Allow', Principal: '*', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/pub/*'] });
    const e = diff({ resource: P(home) }, { resource: pub });
    expect(e.added.length).toBeGreaterThan(0);
    for (const row of e.added) expect(allowed({ resource: pub }, row.example) && !allowed({ resource: P(home) }, row.example)).toBe(true);
  });

  it('pass holds on sampled requests; witnesses replay (generated resource policies)', () => {
    const RES = ['arn:aws:s3:::b/home/${aws:username}/*', 'arn:aws:s3:::b/home/*/*', 'arn:aws:s3:::b/pub/*', 'arn:aws:s3:::b/*'];
    const stArb = fc
      .record({
        effect: fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Allow', 'Deny'),
        principal: fc.constantFrom<NonNullable<Statement['Principal']>>('*', { AWS: [`arn:aws:iam::${A}:root`] }),
        resources: fc.uniqueArray(fc.constantFrom(...RES), { minLength: 1, maxLength: 2 }),
        not: fc.boolean(),
      })
      .map((r): Statement => ({ Effect: r.effect, Principal: r.principal, Action: ['s3:GetObject'], ...(r.not && r.effect === 'Deny' ? { NotResource: r.resources } : { Resource: r.resources }) }));
    const polArb = fc.array(stArb, { minLength: 1, maxLength: 3 }).map((s) => P(...s));
    const reqArb = fc
      .record({ user: fc.constantFrom('alice', 'bob'), caller: fc.constantFrom(A, B), key: fc.constantFrom('b/home/alice/k', 'b/home/bob/k', 'b/pub/x', 'b/x') })
      .map((r): EvaluationRequest => ({ principal: `arn:aws:iam::${r.caller}:user/${r.user}`, action: 's3:GetObject', resource: `arn:aws:s3:::${r.key}`, resourceAccount: A }));
    let decided = 0;
    fc.assert(
      fc.property(polArb, polArb, fc.array(reqArb, { minLength: 30, maxLength: 30 }), (a, b, reqs) => {
        if (holdsOnSamples({ resource: a }, { resource: b }, reqs)) decided++;
      }),
      { numRuns: 500, seed: 1436 },
    );
    expect(decided).toBeGreaterThan(250);
  });
});

describe('fewer Allows, more Denies: decided from the statements, whatever their variables (allowsWithin)', () => {
  const P = (...Statement: Statement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
  const root = { AWS: [`arn:aws:iam::${A}:root`] };
  const home: Statement = { Effect: 'Allow', Principal: root, Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/home/${aws:username}/*'] };
  const list: Statement = { Effect: 'Allow', Principal: root, Action: ['s3:ListBucket'], Resource: ['arn:aws:s3:::b'] };
  const tls: Statement = { Effect: 'Deny', Principal: '*', Action: ['s3:*'], Resource: ['arn:aws:s3:::b/*'], Condition: { Bool: { 'aws:SecureTransport': ['false'] } } };
  const replays = (a: PolicyDocument, b: PolicyDocument, w: EvaluationRequest) => allowed({ resource: b }, w) && !allowed({ resource: a }, w);

  // IAM User Guide, policy evaluation logic: an explicit deny overrides any allow, and a request is
  // allowed only where an Allow applies; so a statement list with fewer Allows and more Denies allows less
  it('a statement removed beside one that reads a variable: pass (was unknown); compare and diff decide that direction', () => {
    const before = P(home, list, tls);
    const after = P(home, tls);
    expect(checkNoNewAccess({ resource: before }, { resource: after })).toEqual({ result: 'pass', witnesses: [], reasons: [] });
    const c = compare({ resource: before }, { resource: after });
    expect(c.relation).toBe('wider');
    expect(c.bOnly).toEqual([]);
    for (const w of c.aOnly) expect(replays(after, before, w)).toBe(true);
    const d = diff({ resource: before }, { resource: after });
    expect(d.added).toEqual([]);
    expect(d.removed.map((r) => r.example.action)).toContain('s3:ListBucket');
  });

  it('a Deny added, Sids and order changed: pass; the Deny removed again: fail', () => {
    const before = P(home, list);
    const after = P({ ...tls, Sid: 'Tls' }, list, { ...home, Sid: 'Home' });
    expect(checkNoNewAccess({ resource: before }, { resource: after }).result).toBe('pass');
    const back = checkNoNewAccess({ resource: after }, { resource: before });
    expect(back.result).toBe('fail');
    for (const w of back.witnesses) expect(replays(after, before, w)).toBe(true);
  });

  it('SCPs and boundaries too: a Deny that reads a variable added, an Allow removed: pass; a malformed policy still throws', () => {
    const own: Statement = { Effect: 'Deny', NotAction: ['iam:*'], Resource: ['*'], Condition: { StringNotEquals: { 'aws:ResourceTag/owner': ['${aws:username}'] } } };
    const all: Statement = { Effect: 'Allow', Action: ['*'], Resource: ['*'] };
    const s3: Statement = { Effect: 'Allow', Action: ['s3:*'], Resource: ['*'] };
    expect(checkNoNewAccess({ identity: P(all), scp: [[P(all)]] }, { identity: P(all), scp: [[P(all, own)]] }).result).toBe('pass');
    expect(checkNoNewAccess({ identity: P(all), boundary: P(all, s3, own) }, { identity: P(all), boundary: P(s3, own) }).result).toBe('pass');
    // read for its place as the search reads it: a Principal in an SCP is refused, never a pass
    const bad = P({ ...all, Principal: '*' });
    expect(() => checkNoNewAccess({ identity: P(all), scp: [[bad]] }, { identity: P(all), scp: [[bad]] })).toThrow(/Principal/);
  });

  it('another Version, kind or place is no statement edit: searched as before', () => {
    // in a 2008-10-17 policy ${aws:username} is literal text: the Deny below then matches no request
    const deny: Statement = { Effect: 'Deny', Principal: '*', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/home/${aws:username}/*'] };
    const all: Statement = { Effect: 'Allow', Principal: root, Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/*'] };
    const old = { Version: '2008-10-17', Statement: [all, deny] } as PolicyDocument;
    const r = checkNoNewAccess({ resource: P(all, deny) }, { resource: old });
    expect(r.result).toBe('fail');
    for (const w of r.witnesses) expect(replays(P(all, deny), old, w)).toBe(true);
  });

  it('pass holds on sampled requests after random edits; edits that only drop Allows or add Denies pass', () => {
    const RES = ['arn:aws:s3:::b/home/${aws:username}/*', 'arn:aws:s3:::b/pub/*', 'arn:aws:s3:::b/*'];
    const stArb = fc
      .record({
        effect: fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Allow', 'Deny'),
        principal: fc.constantFrom<NonNullable<Statement['Principal']>>('*', root),
        resources: fc.uniqueArray(fc.constantFrom(...RES), { minLength: 1, maxLength: 2 }),
        not: fc.boolean(),
      })
      .map((r): Statement => ({ Effect: r.effect, Principal: r.principal, Action: ['s3:GetObject'], ...(r.not && r.effect === 'Deny' ? { NotResource: r.resources } : { Resource: r.resources }) }));
    // an edit: drop statement i (Allow or Deny), add a statement, or move the policy to 2008-10-17
    const editArb = fc.oneof({ arbitrary: fc.record({ drop: fc.nat(5) }), weight: 4 }, { arbitrary: fc.record({ add: stArb }), weight: 4 }, { arbitrary: fc.constant({ old: true as const }), weight: 1 });
    const reqArb = fc
      .record({ user: fc.constantFrom('alice', 'bob'), caller: fc.constantFrom(A, B), key: fc.constantFrom('b/home/alice/k', 'b/home/bob/k', 'b/pub/x', 'b/x') })
      .map((r): EvaluationRequest => ({ principal: `arn:aws:iam::${r.caller}:user/${r.user}`, action: 's3:GetObject', resource: `arn:aws:s3:::${r.key}`, resourceAccount: A }));
    let narrowing = 0;
    fc.assert(
      fc.property(fc.array(stArb, { minLength: 1, maxLength: 4 }), fc.array(editArb, { minLength: 1, maxLength: 2 }), fc.array(reqArb, { minLength: 30, maxLength: 30 }), (statements, edits, reqs) => {
        let after: Statement[] = [...statements];
        let version = '2012-10-17';
        let onlyNarrows = true;
        for (const e of edits) {
          if ('drop' in e) {
            const i = e.drop % after.length;
            if (after.length === 1) continue;
            if (after[i]!.Effect === 'Deny') onlyNarrows = false;
            after = after.filter((_, k) => k !== i);
          } else if ('add' in e) {
            if (e.add.Effect === 'Allow') onlyNarrows = false;
            after.push(e.add);
          } else {
            version = '2008-10-17';
            onlyNarrows = false;
          }
        }
        const before = P(...statements);
        const next = { Version: version, Statement: after } as PolicyDocument;
        const r = checkNoNewAccess({ resource: before }, { resource: next });
        for (const w of r.witnesses) expect(replays(before, next, w)).toBe(true);
        if (r.result === 'pass') for (const x of reqs) expect(replays(before, next, x), JSON.stringify(x)).toBe(false);
        if (onlyNarrows) {
          narrowing++;
          expect(r.result).toBe('pass');
          const c = compare({ resource: next }, { resource: before });
          expect(c.aOnly).toEqual([]);
          expect(['narrower', 'equivalent', 'unknown']).toContain(c.relation);
        }
      }),
      { numRuns: 300, seed: 1437 },
    );
    expect(narrowing).toBeGreaterThan(60);
  });
});

describe('statements both sets share that read a variable (safeNewAccess): read alike on both sides', () => {
  const P = (...Statement: Statement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
  const root = (account: string) => ({ AWS: [`arn:aws:iam::${account}:root`] });
  const home: Statement = { Effect: 'Allow', Principal: root(A), Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/home/${aws:username}/*'] };
  const pub: Statement = { Effect: 'Allow', Principal: root(A), Action: ['s3:GetObject', 's3:PutObject'], Resource: ['arn:aws:s3:::b/pub/*'] };

  // a statement both versions hold applies to a request in both or in neither (IAM User Guide, policy
  // evaluation logic: the decision depends on which statements apply), so it is read alike on both sides
  it('a statement beside the home folder narrowed (resource, action, condition): pass, wider, a complete diff (were unknown)', () => {
    const edits: Statement[] = [
      { ...pub, Resource: ['arn:aws:s3:::b/pub/docs/*'] },
      { ...pub, Action: ['s3:GetObject'] },
      { ...pub, Condition: { Bool: { 'aws:SecureTransport': ['true'] } } },
    ];
    for (const edit of edits) {
      const before = P(home, pub);
      const after = P(home, edit);
      expect(checkNoNewAccess({ resource: before }, { resource: after }).result).toBe('pass');
      expect(compare({ resource: before }, { resource: after }).relation).toBe('wider');
      const d = diff({ resource: before }, { resource: after });
      expect([d.complete, d.added.length, d.removed.length > 0]).toEqual([true, 0, true]);
    }
  });

  it('pass holds on sampled requests; witnesses replay (identity and resource policies, shared statements reading a variable)', () => {
    const SHARED: Statement[] = [
      { ...home, Principal: root(B) },
      home,
      { Effect: 'Deny', Principal: '*', Action: ['s3:PutObject'], NotResource: ['arn:aws:s3:::b/home/${aws:username}/*'] },
      { Effect: 'Allow', Principal: root(B), Action: ['s3:PutObject'], Resource: ['arn:aws:s3:::b/*'], Condition: { StringLike: { 's3:prefix': ['home/${aws:username}/*'] } } },
    ];
    const RES = ['arn:aws:s3:::b/pub/*', 'arn:aws:s3:::b/*', 'arn:aws:s3:::b/home/*'];
    const own = fc
      .record({
        effect: fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Allow', 'Deny'),
        principal: fc.constantFrom<NonNullable<Statement['Principal']>>('*', root(A), root(B), { AWS: [`arn:aws:iam::${B}:user/alice`] }),
        actions: fc.uniqueArray(fc.constantFrom('s3:GetObject', 's3:PutObject'), { minLength: 1, maxLength: 2 }),
        resource: fc.constantFrom(...RES, 'arn:aws:s3:::b/home/${aws:username}/*'),
      })
      // a Deny of one side alone may read a variable too (an Allow of one side alone is searched as before)
      .map((r): Statement => ({ Effect: r.effect, Principal: r.principal, Action: r.actions, Resource: [r.effect === 'Allow' && r.resource.includes('$') ? RES[0]! : r.resource] }));
    const identityArb = fc
      .record({ actions: fc.uniqueArray(fc.constantFrom('s3:GetObject', 's3:PutObject'), { minLength: 1, maxLength: 2 }), resource: fc.constantFrom(...RES) })
      .map((r): PolicyDocument => P({ Effect: 'Allow', Action: r.actions, Resource: [r.resource] }));
    const sideArb = (shared: Statement[]) =>
      fc.record({ identity: identityArb, own: fc.array(own, { maxLength: 2 }) }).map((r): PolicySet => ({ identity: r.identity, resource: P(...shared, ...r.own) }));
    const reqArb = fc
      .record({ user: fc.constantFrom('alice', 'bob'), caller: fc.constantFrom(A, B), action: fc.constantFrom('s3:GetObject', 's3:PutObject'), key: fc.constantFrom('b/home/alice/k', 'b/home/bob/k', 'b/pub/x', 'b/x'), prefix: fc.constantFrom(undefined, 'home/alice/x', 'home/bob/x') })
      .map((r): EvaluationRequest => ({ principal: `arn:aws:iam::${r.caller}:user/${r.user}`, action: r.action, resource: `arn:aws:s3:::${r.key}`, resourceAccount: A, ...(r.prefix === undefined ? {} : { context: { 's3:prefix': r.prefix } }) }));
    let decided = 0;
    fc.assert(
      fc.property(
        fc.subarray(SHARED, { minLength: 1, maxLength: 3 }).chain((shared) => fc.tuple(sideArb(shared), sideArb(shared))),
        fc.array(reqArb, { minLength: 40, maxLength: 40 }),
        ([a, b], reqs) => {
          if (holdsOnSamples(a, b, reqs)) decided++;
        },
      ),
      { numRuns: 150, seed: 1438 },
    );
    // fixed seed: 124 of 150 decided before shared statements were read alike (and witnesses
    // confirmed inside the safe-side search), 140 since
    expect(decided).toBeGreaterThan(130);
  });
});
