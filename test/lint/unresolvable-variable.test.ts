/**
 * UNRESOLVABLE_VARIABLE: a policy variable whose key never has a value of its own. IAM User Guide,
 * "Single-valued vs. multivalued context keys": "You can use any available single-valued context key
 * as a policy variable. You cannot use a multivalued context key as a policy variable." And "Policy
 * variables with no value": an entry holding a variable with no value "will not match any resource".
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';
import { evaluate } from '../../src/evaluate/index.js';
import { checkTemplate } from '../../src/cdk/cloudformation.js';

type Json = Record<string, unknown>;
const policy = (statement: Json, version = '2012-10-17'): Json => ({ Version: version, Statement: [{ Action: 's3:GetObject', ...statement }] });
const found = (statement: Json, version?: string) => lint(policy(statement, version)).filter((f) => f.code === 'UNRESOLVABLE_VARIABLE');

describe('UNRESOLVABLE_VARIABLE', () => {
  it.each(['aws:TagKeys', 'aws:CalledVia', 'aws:PrincipalOrgPaths', 'aws:PrincipalServiceNamesList', 'sts:TransitiveTagKeys', 'AWS:tagkeys'])(
    'reports a multivalued key as a variable: %s',
    (key) => {
      const [f, ...rest] = found({ Effect: 'Allow', Resource: `arn:aws:s3:::bucket/\${${key}}/*` });
      expect(rest).toEqual([]);
      expect(f?.path).toBe('Statement[0].Resource[0]');
      expect(f?.severity).toBe('error');
      expect(f?.message).toContain('multivalued key');
      expect(f?.message).toContain('only single-valued keys can be policy variables');
    },
  );

  it('reports an aws: key that is no global condition key, with the keys it may mean', () => {
    const [f] = found({ Effect: 'Deny', Resource: 'arn:aws:s3:::bucket/${aws:usernme}/*' });
    expect(f?.message).toBe(
      'The policy variable "${aws:usernme}" names "aws:usernme", which is not a global condition key, so it never has a value and this entry matches no resource (in an Allow it grants nothing, in a Deny it denies nothing). Did you mean "aws:username" or "aws:userid"?',
    );
    expect(found({ Effect: 'Allow', Resource: 'arn:aws:s3:::bucket/${aws:arn}' })[0]?.message).toContain('(use aws:PrincipalArn or aws:SourceArn)');
    expect(found({ Effect: 'Allow', Resource: 'arn:aws:s3:::bucket/${aws:PrincipalTag}' })[0]?.message).toContain('names no tag key (write "aws:PrincipalTag/<tag-key>")');
  });

  it('says what the missing value does where the variable stands', () => {
    expect(found({ Effect: 'Deny', NotResource: 'arn:aws:s3:::bucket/${aws:TagKeys}/*' })[0]?.message).toContain('this entry excludes no resource');
    const c = (op: string) => found({ Effect: 'Allow', Resource: '*', Condition: { [op]: { 's3:ExistingObjectTag/team': '${aws:CalledVia}' } } })[0];
    expect(c('StringEquals')?.path).toBe('Statement[0].Condition.StringEquals["s3:ExistingObjectTag/team"]');
    expect(c('StringEquals')?.message).toMatch(/this value matches nothing\.$/);
    expect(c('StringNotEquals')?.message).toMatch(/the negated operator holds for it\.$/);
    // a default is always used instead
    expect(found({ Effect: 'Allow', Resource: "arn:aws:s3:::bucket/${aws:TagKeys, 'none'}/*" })[0]?.message).toMatch(/so it is always its default "none"\.$/);
  });

  it.each([
    'aws:username',
    'AWS:UserName', // keys are case-insensitive
    'aws:PrincipalTag/team',
    'aws:userid',
    'aws:CurrentTime',
    'ec2:SourceInstanceARN',
    's3:prefix',
    'aws:principalorgmasteraccountid', // evaluated by AWS though the reference does not list it
    // services set variables the reference does not list: not checked (AWS Transfer Family's: below)
    'iot:Connection.Thing.ThingName',
    'token.actions.githubusercontent.com:sub',
  ])('leaves a key that can have a value alone: %s', (key) => {
    expect(found({ Effect: 'Allow', Resource: `arn:aws:s3:::bucket/\${${key}}/*`, Condition: { StringLike: { 's3:ExistingObjectTag/a': `\${${key}}` } } })).toEqual([]);
  });

  it('leaves escapes, malformed variables (their own rules) and 2008-10-17 policies alone', () => {
    expect(found({ Effect: 'Allow', Resource: 'arn:aws:s3:::bucket/${*}/${?}/${$}' })).toEqual([]);
    expect(found({ Effect: 'Allow', Resource: 'arn:aws:s3:::bucket/${aws:TagKeys, none}' })).toEqual([]);
    expect(found({ Effect: 'Allow', Resource: 'arn:aws:s3:::bucket/${ aws:TagKeys }' })).toEqual([]);
    expect(found({ Effect: 'Allow', Resource: 'arn:aws:s3:::bucket/${aws:TagKeys}' }, '2008-10-17')).toEqual([]);
  });

  it('agrees with the evaluator: the Deny naming it denies nothing, even when the key has one value', () => {
    const deny = policy({ Effect: 'Deny', Resource: 'arn:aws:s3:::bucket/${aws:CalledVia}/*' });
    const allowAll = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] };
    const r = evaluate(
      { identity: [JSON.stringify(allowAll), JSON.stringify(deny)] },
      { principal: 'arn:aws:iam::111122223333:user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/athena.amazonaws.com/x', context: { 'aws:CalledVia': ['athena.amazonaws.com'] } },
    );
    expect(r.decision).toBe('allow');
  });
});

describe('UNRESOLVABLE_VARIABLE: ${aws:username} where no caller is an IAM user', () => {
  // IAM User Guide, global condition keys, aws:username: "This key is always included in the request context for
  // IAM users. Anonymous requests and requests that are made using the AWS account root user or IAM roles don't
  // include this key." AWS Transfer Family: "you can't use the ${aws:Username} variable in this session policy".
  const home = { Effect: 'Allow', Resource: 'arn:aws:s3:::bucket/home/${aws:username}/*' };
  it('in a session policy and in a role\'s inline policy', () => {
    expect(lint(policy(home), { kind: 'session' }).map((f) => f.code)).toEqual(['UNRESOLVABLE_VARIABLE']);
    const [f] = lint(policy(home), { target: 'inline-role' });
    expect(f?.message).toContain("names aws:username, which only IAM users' requests carry (this is a role's inline policy;");
  });
  it('not in an identity policy whose holder may be a user, a trust policy, or with a default', () => {
    for (const options of [{}, { target: 'managed' as const }, { target: 'inline-user' as const }]) expect(lint(policy(home), options)).toEqual([]);
    expect(lint(policy({ ...home, Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole', Resource: undefined }), { kind: 'trust' }).filter((f) => f.code === 'UNRESOLVABLE_VARIABLE')).toEqual([]);
    expect(lint(policy({ ...home, Resource: "arn:aws:s3:::bucket/home/${aws:username, 'shared'}/*" }), { kind: 'session' })[0]?.message).toMatch(/always its default "shared"\.$/);
  });
  it("cdk check: a role's inline policy, and an AWS::IAM::Policy given to roles only (not one given to a user too)", () => {
    const doc = { Version: '2012-10-17', Statement: [{ ...home, Action: 's3:GetObject' }] };
    const template = {
      Resources: {
        Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }, Policies: [{ PolicyName: 'home', PolicyDocument: doc }] } },
        User: { Type: 'AWS::IAM::User' },
        RolesOnly: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'a', Roles: [{ Ref: 'Role' }], PolicyDocument: doc } },
        Both: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'b', Roles: [{ Ref: 'Role' }], Users: [{ Ref: 'User' }], PolicyDocument: doc } },
        UserOnly: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'c', Users: [{ Ref: 'User' }], PolicyDocument: doc } },
      },
    };
    const found = checkTemplate(template).findings.filter((f) => f.code === 'UNRESOLVABLE_VARIABLE').map((f) => f.logicalId);
    expect(found).toEqual(['Role', 'RolesOnly']);
  });
  it('a managed policy attached only to roles (option attachedTo); not one a user or group has too, or with no attachment known', () => {
    const [f, ...rest] = lint(policy(home), { target: 'managed', attachedTo: ['role'] });
    expect(rest).toEqual([]);
    expect(f?.message).toContain('(this is a managed policy only roles have;');
    for (const attachedTo of [['role', 'user'], ['group'], []] as const) expect(lint(policy(home), { target: 'managed', attachedTo })).toEqual([]);
    // a misspelt entity would read as no role: refused
    expect(lint(policy(home), { attachedTo: ['roles'] as never }).map((x) => [x.code, x.message])).toEqual([['INVALID_OPTION', 'Option attachedTo must be an array of "role", "user", "group", not ["roles"].']]);
    expect(lint(policy(home), { attachedTo: 'role' as never }).map((x) => x.code)).toEqual(['INVALID_OPTION']);
  });
  it('cdk check: an AWS::IAM::ManagedPolicy every attachment (and boundary use) of which in the template is a role\'s, and nothing else names it', () => {
    const doc = { Version: '2012-10-17', Statement: [{ ...home, Action: 's3:GetObject' }] };
    const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
    const managed = (props: Json = {}) => ({ Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: doc, ...props } });
    const template = {
      Resources: {
        Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: trust, ManagedPolicyArns: [{ Ref: 'ByArns' }, { Ref: 'WithUser' }] } },
        Fn: { Type: 'AWS::Serverless::Function', Properties: { Runtime: 'nodejs20.x', Handler: 'i.h', CodeUri: '.', Policies: [{ Ref: 'BySam' }] } },
        Bounded: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: trust, ManagedPolicyArns: [{ Ref: 'AlsoBoundary' }], PermissionsBoundary: { Ref: 'AlsoBoundary' } } },
        User: { Type: 'AWS::IAM::User', Properties: { ManagedPolicyArns: [{ Ref: 'WithUser' }], PermissionsBoundary: { Ref: 'UserBoundary' } } },
        Env: { Type: 'AWS::Lambda::Function', Properties: { Role: { 'Fn::GetAtt': ['Role', 'Arn'] }, Environment: { Variables: { P: { Ref: 'InEnv' } } } } },
        ByArns: managed(),
        ByRoles: managed({ Roles: [{ Ref: 'Role' }, 'named-role'] }),
        BySam: managed(),
        WithUser: managed(),
        InGroup: managed({ Groups: ['ops'] }),
        Exported: managed({ Roles: [{ Ref: 'Role' }] }),
        AlsoBoundary: managed(),
        UserBoundary: managed({ Roles: [{ Ref: 'Role' }] }),
        InEnv: managed({ Roles: [{ Ref: 'Role' }] }),
        Unattached: managed(),
      },
      Outputs: { Arn: { Value: { Ref: 'Exported' }, Export: { Name: 'home-policy' } } },
    };
    const found = checkTemplate(template).findings.filter((f) => f.code === 'UNRESOLVABLE_VARIABLE').map((f) => f.logicalId);
    // a role's boundary decides that role's requests: still roles only; a user's boundary is a user's, and a policy
    // named elsewhere (an output, an environment variable) may be attached where the template does not say
    expect(found).toEqual(['ByArns', 'ByRoles', 'BySam', 'AlsoBoundary']);
  });
});

describe('IRRELEVANT_CONDITION_KEY: a condition on aws:username where no caller is an IAM user', () => {
  // the same documented fact as above (aws:username: only IAM users' requests include it), read by the missing-key table
  const on = (effect: string, condition: Json, extra: Json = { Action: 's3:GetObject' }) => policy({ Effect: effect, Resource: '*', Condition: condition, ...extra });
  const irrelevant = (p: Json, options: Parameters<typeof lint>[1]) => lint(p, options).filter((f) => f.code === 'IRRELEVANT_CONDITION_KEY');
  it('an Allow on it never applies; a Deny with a negated operator applies to every caller', () => {
    const [allowed] = irrelevant(on('Allow', { StringEquals: { 'aws:username': 'bob' } }), { target: 'inline-role' });
    expect(allowed?.path).toBe('Statement[0].Condition.StringEquals["aws:username"]');
    expect(allowed?.message).toContain('"StringEquals" never matches a missing key, so the statement never applies.');
    const [denied] = irrelevant(on('Deny', { StringNotEquals: { 'AWS:UserName': 'bob' } }, { NotAction: 'iam:*' }), { kind: 'session' });
    expect(denied?.message).toContain('the Deny applies without it');
  });
  it('not where an IAM user may call', () => {
    for (const options of [{}, { target: 'inline-user' as const }, { target: 'managed' as const }, { kind: 'boundary' as const }])
      expect(irrelevant(on('Allow', { StringEquals: { 'aws:username': 'bob' } }), options)).toEqual([]);
  });
});

describe("UNRESOLVABLE_VARIABLE: AWS Transfer Family's variables outside a scope-down (session) policy", () => {
  // Transfer Family User Guide, "Creating a session policy for an Amazon S3 bucket": ${transfer:HomeBucket},
  // ${transfer:HomeDirectory}, ${transfer:HomeFolder}, ${transfer:UserName}; "You can't use the preceding variables in
  // Managed Policies. Nor can you use them as policy variables in an IAM role definition."
  const home = policy({ Effect: 'Allow', Resource: 'arn:aws:s3:::${transfer:HomeBucket}/${Transfer:HomeFolder}/*' });
  it('a warning in any other kind (the policy may be one linted without its kind), naming the kind to lint it with', () => {
    const f = lint(home, { kind: 'identity' }).filter((x) => x.code === 'UNRESOLVABLE_VARIABLE');
    expect(f.map((x) => x.severity)).toEqual(['warning', 'warning']);
    expect(f.map((x) => x.message)).toContainEqual(expect.stringContaining('"${Transfer:HomeFolder}" is one AWS Transfer Family fills only in a user\'s scope-down policy, a session policy (lint it with kind session), not in an identity policy'));
  });
  it('none in a session policy, nor for the keys of the Transfer API (transfer:RequestServerDomain)', () => {
    expect(lint(home, { kind: 'session' })).toEqual([]);
    expect(found({ Effect: 'Allow', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/d': '${transfer:RequestServerDomain}' } } })).toEqual([]);
  });
});
