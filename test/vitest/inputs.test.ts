/**
 * Inputs that made a matcher unable to fail (session 34): an action, resource or condition key that
 * names nothing, a request the policies given deny whatever they say. Each is refused, or fails
 * with and without `.not`; nothing passes by reading nothing.
 */
import { describe, expect, it } from 'vitest';
import { typedIamMatchers } from '../../src/vitest/index.js';
import { PolicyArgumentError } from '../../src/errors.js';
import { createPolicy } from '../../src/policy/policy.js';
import { allowSt, boundary, denySt, doc, identity, resource, OBJECT, OTHER_USER, USER } from '../evaluate/helpers.js';

expect.extend(typedIamMatchers);

const read = identity(allowSt('s3:GetObject', 'arn:aws:s3:::docs/*'));
const all = identity(allowSt('*', '*'));
const get = { principal: USER, action: 's3:GetObject', resource: OBJECT };
/** A string the compiler cannot see: the run-time check is the one under test. */
const rt = (s: string): string => s;

describe('actions the catalog does not have (were: read as possibly real, so toNeverAllow, toDeny and .not.toAllow passed)', () => {
  it('a typo in a toNeverAllow query is refused, with the nearest actions', () => {
    // analyze reads unknown actions as possibly real (open world): the read policy never allows s3:GetObjekt
    expect(() => expect(read).toNeverAllow({ actions: [rt('s3:GetObjekt')] })).toThrow(PolicyArgumentError);
    expect(() => expect(read).toNeverAllow({ actions: ['s3:PutObject', rt('s3:GetObjekt')] })).toThrow(
      'typed-iam/vitest: query.actions[1] ("s3:GetObjekt") names nothing AWS has, so no policy could allow it and an assertion that none does could not fail. Action "s3:GetObjekt" does not exist in service "s3"',
    );
    expect(() => expect(read).toNeverAllow({ actions: [rt('s3:GetObjekt')] })).toThrow('Did you mean "s3:GetObject"');
    expect(() => expect(read).not.toNeverAllow({ actions: [rt('s3:GetObjekt')] })).toThrow(PolicyArgumentError);
    // and in the closed world, where a typo is no action and the answer was a vacuous pass
    expect(() => expect(read).toNeverAllow({ actions: [rt('s3:GetObjekt')] }, { actions: 'catalog' })).toThrow(PolicyArgumentError);
  });

  it('an unknown service, and a pattern that matches no action', () => {
    expect(() => expect(read).toNeverAllow({ actions: [rt('s4:GetObject')] })).toThrow('Service prefix "s4" in "s4:GetObject" is not a known AWS service. Did you mean "s3:GetObject"?');
    expect(() => expect(read).toNeverAllow({ actions: [rt('s3:Gxt*')] })).toThrow('Action pattern "s3:Gxt*" matches no action');
    // wildcards that match some action, and a wildcard service prefix, are questions about real actions
    expect(read).toNeverAllow({ actions: ['s3:Put*', rt('*:Delete*'), '*'], resources: ['arn:aws:s3:::other/*'] });
  });

  it('the action of a toAllow / toDeny request', () => {
    const typo = { ...get, action: rt('s3:GetObjekt') };
    expect(() => expect(read).toDeny(typo)).toThrow("typed-iam/vitest: the request's action names nothing AWS has");
    expect(() => expect(read).not.toAllow(typo)).toThrow('Did you mean "s3:GetObject"');
    expect(() => expect(read).toDeny(typo, 'implicit-deny')).toThrow(PolicyArgumentError);
    expect(() => expect(read).toDeny({ ...get, action: rt('S4:GetObject') })).toThrow('is not a known AWS service');
    // case does not matter to IAM
    expect(read).toAllow({ ...get, action: rt('S3:getobject') });
  });

  it('the opt-out for actions newer than the catalog names them (any case)', () => {
    const newer = { ...get, action: rt('s3:GetObjectV2') };
    expect(() => expect(read).toDeny(newer)).toThrow(`{ uncataloged: ["s3:GetObjectV2"] }`);
    expect(read).toDeny(newer, { uncataloged: ['s3:getobjectv2'] });
    expect(read).toDeny(newer, { kind: 'implicit-deny', uncataloged: ['s3:GetObjectV2'] });
    expect(read).not.toAllow(newer, { uncataloged: ['s3:GetObjectV2'] });
    expect(read).toNeverAllow({ actions: [rt('newsvc:DoThing')] }, { uncataloged: ['newsvc:DoThing'] });
    // another action is still checked
    expect(() => expect(read).toNeverAllow({ actions: [rt('newsvc:DoThing'), rt('s3:GetObjekt')] }, { uncataloged: ['newsvc:DoThing'] })).toThrow('s3:GetObjekt');
    expect(() => expect(read).toDeny(newer, { uncataloged: 's3:GetObjectV2' as never })).toThrow('options.uncataloged is "s3:GetObjectV2"; give an array');
    expect(() => expect(read).toDeny(newer, { kind: 'explicit' as never })).toThrow(`toDeny's kind is "explicit"`);
  });
});

describe('condition keys, resources and principals that name nothing', () => {
  const tls = identity(allowSt('s3:GetObject', '*', { Condition: { Bool: { 'aws:SecureTransport': ['true'] } } }));
  it('a misspelt context key (was: never read, so the condition failed and toDeny passed)', () => {
    expect(() => expect(tls).toDeny({ ...get, context: { 'aws:SecureTransprt': true } })).toThrow(
      `typed-iam/vitest: the request's context key "aws:SecureTransprt" names nothing AWS has`,
    );
    expect(() => expect(tls).toDeny({ ...get, context: { 'aws:SecureTransprt': true } })).toThrow('Did you mean "aws:SecureTransport"?');
    expect(() => expect(tls).toDeny({ ...get, context: { 's3:prefixx': 'a/' } })).toThrow('Did you mean "s3:prefix"?');
    expect(tls).toAllow({ ...get, context: { 'aws:SecureTransport': true, 'aws:ResourceTag/team': 'a', 's3:prefix': 'a/' } });
    expect(tls).toDeny({ ...get, context: { 'aws:SecureTransport': false, 's3:NewKey': 'x' } }, { uncataloged: ['s3:NewKey'] });
  });

  it('a resource no ARN can be, in a request or a query (was: matched nothing, so absence passed)', () => {
    for (const bad of ['arn:aws:s3::docs/a', 'docs/a', 'arn:aws:S3:::docs/a', 'arn:aws-foo:s3:::docs/a', 'arn:aws:ec2:US-EAST-1:111122223333:instance/i-1', 'arn:aws:iam::1234:role/R']) {
      expect(() => expect(all).toDeny({ ...get, resource: bad }), bad).toThrow(PolicyArgumentError);
      expect(() => expect(all).not.toAllow({ ...get, resource: bad }), bad).toThrow("the request's resource");
      expect(() => expect(all).toNeverAllow({ resources: [bad.endsWith('/a') ? bad.replace(/a$/, '*') : bad] }), bad).toThrow('query.resources[0]');
    }
    expect(() => expect(all).toNeverAllow({ resources: ['arn:aws:S3:::docs/*'] })).toThrow('write it in lower case: "s3"');
    // a resource format the catalog does not list has the opt-out; syntax does not
    const session = 'arn:aws:sts::111122223333:assumed-role/R/s';
    expect(() => expect(all).not.toAllow({ ...get, resource: session })).toThrow('fits no ARN format of service "sts"');
    expect(all).toAllow({ ...get, resource: session }, { uncataloged: [session] });
    expect(() => expect(all).not.toAllow({ ...get, resource: 'arn:aws:S3:::docs/a' }, { uncataloged: ['arn:aws:S3:::docs/a'] })).toThrow('write it in lower case');
  });

  it('a wildcard in a request, which IAM compares as a literal character', () => {
    // read policy allows docs/*; the request names the object "*", not every object
    const pat = identity(allowSt('s3:GetObject', 'arn:aws:s3:::docs/a*'));
    expect(() => expect(pat).not.toAllow({ ...get, resource: 'arn:aws:s3:::docs/*' })).toThrow('holds a wildcard, which a request compares as a literal character');
    expect(() => expect(pat).toDeny({ ...get, principal: 'arn:aws:iam::111122223333:user/*' })).toThrow("the request's principal");
    expect(pat).toNeverAllow({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::docs/b*'] });
    // the character itself, named: an S3 key "*"
    expect(pat).not.toAllow({ ...get, resource: 'arn:aws:s3:::docs/*' }, { uncataloged: ['arn:aws:s3:::docs/*'] });
  });

  it('a `*` where an ARN format of the catalog writes one is still a pattern, refused', () => {
    // Service Authorization Reference: log-group is arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}
    // (no ":*"; the CloudWatch Logs API documents the ":*" form as what to write in policies); where a format
    // writes "*" (DMS endpoint:*, Connect .../queue/*) it stands for any id, not a character of a resource's ARN
    for (const [action, resource] of [
      ['logs:DescribeLogStreams', 'arn:aws:logs:us-east-1:111122223333:log-group:app:*'],
      ['dms:DescribeEndpoints', 'arn:aws:dms:us-east-1:111122223333:endpoint:*'],
    ] as const)
      expect(() => expect(all).not.toAllow({ principal: USER, action, resource }), resource).toThrow('holds a wildcard, which a request compares as a literal character');
  });

  it('a principal that is no principal (was: read as a service principal, which identity policies never allow)', () => {
    expect(() => expect(read).toDeny({ ...get, principal: 'alice' })).toThrow(`principal "alice" is not an ARN, account id, service principal name (name.amazonaws.com)`);
    expect(() => expect(read).toDeny({ ...get, principal: 'alice' })).toThrow('write its ARN (such as arn:aws:iam::111122223333:user/alice), or set principalType');
    expect(() => expect(read).not.toAllow({ ...get, principal: 'alice' })).toThrow(PolicyArgumentError);
    expect(read).toAllow({ ...get, principal: '111122223333' });
  });
});

describe('a request the policies given deny whatever they say (were: toDeny and .not.toAllow passed for any policy)', () => {
  const publicBucket = resource(allowSt('s3:GetObject', 'arn:aws:s3:::docs/*', { Principal: '*' }));
  const outsider = { principal: OTHER_USER, action: 's3:GetObject', resource: OBJECT, resourceAccount: '111122223333' };

  it('a cross-account request given the resource policy alone fails both ways, naming the missing side', () => {
    // IAM User Guide, cross-account policy evaluation: both the principal's policies and the resource policy must allow
    expect(() => expect(publicBucket).toDeny(outsider)).toThrow('no content of the policies given could allow this request');
    expect(() => expect(publicBucket).not.toAllow(outsider)).toThrow('principal account 444455556666, resource account 111122223333');
    expect(() => expect(publicBucket).toAllow(outsider)).toThrow('no content of the policies given could allow this request');
    expect(() => expect(publicBucket).not.toDeny(outsider)).toThrow('no content of the policies given could allow this request');
    // with both sides given it decides, and the public bucket lets the outsider in
    expect({ identity: all, resource: publicBucket }).toAllow(outsider);
    expect(() => expect({ identity: all, resource: publicBucket }).toDeny(outsider)).toThrow('expected a deny');
    // a private bucket keeps the outsider out: that toDeny can fail, so it passes
    const privateBucket = resource(allowSt('s3:GetObject', 'arn:aws:s3:::docs/*', { Principal: { AWS: [USER] } }));
    expect({ identity: all, resource: privateBucket }).toDeny(outsider);
    // an explicit deny is the policies' own: it can fail whatever is missing
    const denyOutsiders = resource(denySt('s3:GetObject', 'arn:aws:s3:::docs/*', { Principal: '*', Condition: { StringNotEquals: { 'aws:PrincipalAccount': ['111122223333'] } } }));
    expect(denyOutsiders).toDeny(outsider, 'explicit-deny');
  });

  it('a caller outside IAM given identity policies alone, and a set of filters alone', () => {
    expect(() => expect(all).toDeny({ ...get, principal: 'lambda.amazonaws.com' })).toThrow('only a resource policy can allow it');
    const b = boundary(allowSt('s3:*', '*'));
    expect(() => expect({ boundary: b }).toDeny(get)).toThrow('no content of the policies given could allow this request');
    expect(() => expect({ endpoint: createPolicy('endpoint', doc(allowSt('*', '*', { Principal: '*' }))) }).not.toAllow(get)).toThrow('a VPC endpoint policy grants nothing by itself');
    // a lone boundary is read as the identity policy (toPolicySet): it decides
    expect(b).toDeny({ ...get, action: 'iam:CreateUser' });
  });

  it('a same-account request the resource policy does not grant can still fail: it is decided', () => {
    // the bucket is in alice's account (an S3 ARN names none, so it is given)
    const same = { ...get, resourceAccount: '111122223333' };
    expect(publicBucket).toDeny({ ...same, action: 's3:PutObject' });
    expect(() => expect(publicBucket).toDeny(same)).toThrow('expected a deny');
  });
});
