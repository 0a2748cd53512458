/**
 * The security warnings that look at what a statement reaches (IAM User Guide, "IAM policy validation
 * check reference"): which resources reach every role, and which conditions narrow an Allow.
 */
import { describe, expect, it } from 'vitest';
import { lint, type LintOptions } from '../../src/lint/index.js';

type Json = Record<string, unknown>;
const codes = (statement: Json, options: LintOptions = {}): string[] =>
  lint(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', ...statement }] }), options).map((f) => f.code);

describe('PASS_ROLE_* / CREATE_SLR_* "star in resource": a resource that matches every role', () => {
  // "Policies that allow iam:PassRole and that include a wildcard (*) in the Resource element" — both
  // actions act on IAM roles (Service Authorization Reference), so only a pattern matching every role counts
  it.each(['*', 'arn:aws:iam::111122223333:role/*', 'arn:aws:iam::*:*', 'arn:*:*:*:*:*', 'arn:aws:iam::111122223333:role*', 'arn:aws:iam::111122223333:role/?*'])(
    '%s reaches every role',
    (resource) => {
      expect(codes({ Action: 'iam:PassRole', Resource: resource })).toContain('PASS_ROLE_WITH_STAR_IN_RESOURCE');
      expect(codes({ Action: '*', Resource: resource })).toEqual(expect.arrayContaining(['PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE', 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE']));
    },
  );
  it.each([
    'arn:aws:s3:::my-bucket/*', // a bucket's objects: "Action": "*" on a bucket passes no role
    'arn:aws:iam::111122223333:user/*', // IAM users are not roles
    'arn:aws:iam::111122223333:policy/*',
    'arn:aws:iam::111122223333:role/app-*', // a name prefix narrows the roles
    'arn:aws:iam::111122223333:role/service-role/*',
  ])('%s does not', (resource) => {
    expect(codes({ Action: 'iam:PassRole', Resource: resource })).not.toContain('PASS_ROLE_WITH_STAR_IN_RESOURCE');
    const all = codes({ Action: '*', Resource: resource });
    expect(all).not.toContain('PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE');
    expect(all).not.toContain('CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE');
  });
  // the lint must read an entry as evaluate does: an identity policy pads a short ARN with wildcards
  // (docs/evaluation.md), so "arn:*" passes every role there; a resource pattern such as "rol?/*" or
  // "*/*" matches every role ARN too. Each of these passed no check while evaluate allowed
  // iam:PassRole on arn:aws:iam::111122223333:role/admin.
  it.each(['arn:*', 'arn:aws:*', 'arn:aws:iam::*', 'arn:aws:iam::111122223333:rol?/*', 'arn:aws:iam::111122223333:*/*'])('%s reaches every role as evaluate reads it', (resource) => {
    expect(codes({ Action: 'iam:PassRole', Resource: resource })).toContain('PASS_ROLE_WITH_STAR_IN_RESOURCE');
    expect(codes({ Action: 'iam:CreateServiceLinkedRole', Resource: resource })).toContain('CREATE_SLR_WITH_STAR_IN_RESOURCE');
  });
  it('a resource policy reads a short ARN without a wildcard as written (no padding), an identity policy pads it', () => {
    const resourcePolicy = (resource: string) =>
      lint(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'iam:PassRole', Resource: resource }] }), { kind: 'resource' }).map((f) => f.code);
    expect(resourcePolicy('arn:aws:iam')).not.toContain('PASS_ROLE_WITH_STAR_IN_RESOURCE');
    expect(resourcePolicy('arn:aws:iam*')).toContain('PASS_ROLE_WITH_STAR_IN_RESOURCE');
    expect(codes({ Action: 'iam:PassRole', Resource: 'arn:aws:iam' })).toContain('PASS_ROLE_WITH_STAR_IN_RESOURCE');
  });
  it.each(['arn:aws:iam:us-east-1:111122223333:role/*', 'arn:aws:iam::111122223333:Role/*'])('%s matches no role ARN (IAM ARNs have no Region; the resource part is case-sensitive)', (resource) => {
    expect(codes({ Action: 'iam:PassRole', Resource: resource })).not.toContain('PASS_ROLE_WITH_STAR_IN_RESOURCE');
  });
  it('names the resource it found in the message', () => {
    const [f] = lint(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: ['arn:aws:iam::111122223333:role/a', 'arn:aws:iam::111122223333:role/*'] }] }));
    expect(f).toMatchObject({ code: 'PASS_ROLE_WITH_STAR_IN_RESOURCE', path: 'Statement[0].Resource[1]' });
    expect(f!.message).toContain('on "arn:aws:iam::111122223333:role/*"');
  });
});

describe('a condition narrows an Allow only when it admits just the values it lists', () => {
  const passRole = (Condition: Json) => codes({ Action: 'iam:PassRole', Resource: '*', Condition });
  it('PASS_ROLE_WITH_STAR_IN_RESOURCE: "specify resource ARNs or add the iam:PassedToService condition key"', () => {
    expect(passRole({ StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } })).not.toContain('PASS_ROLE_WITH_STAR_IN_RESOURCE');
    // IfExists does not count: Access Analyzer reports AWSServiceRoleForAmazonEKSNodegroup's and
    // AWSProtonCodeBuildProvisioningServiceRolePolicy's StringEqualsIfExists statements
    expect(passRole({ StringEqualsIfExists: { 'iam:PassedToService': 'lambda.amazonaws.com' } })).toContain('PASS_ROLE_WITH_STAR_IN_RESOURCE');
    // ... but it reports no finding beside a condition on iam:AssociatedResourceArn (AWSServiceRoleForSMS)
    expect(passRole({ StringEqualsIfExists: { 'iam:PassedToService': 'cloudformation.amazonaws.com' }, ArnLike: { 'iam:AssociatedResourceArn': 'arn:aws:cloudformation:*:*:stack/sms-app-*/*' } })).not.toContain(
      'PASS_ROLE_WITH_STAR_IN_RESOURCE',
    );
    // a negated operator lets the role go to every other service; "*" to any service
    expect(passRole({ StringNotEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } })).toContain('PASS_ROLE_WITH_STAR_IN_RESOURCE');
    expect(passRole({ StringLike: { 'iam:PassedToService': '*' } })).toContain('PASS_ROLE_WITH_STAR_IN_RESOURCE');
    expect(passRole({ Null: { 'iam:PassedToService': 'false' } })).toContain('PASS_ROLE_WITH_STAR_IN_RESOURCE');
  });
  it('CREATE_SLR_WITH_STAR_IN_RESOURCE: a negated iam:AWSServiceName allows every other service', () => {
    const slr = (Condition: Json) => codes({ Action: 'iam:CreateServiceLinkedRole', Resource: '*', Condition });
    expect(slr({ StringEquals: { 'iam:AWSServiceName': 'autoscaling.amazonaws.com' } })).not.toContain('CREATE_SLR_WITH_STAR_IN_RESOURCE');
    expect(slr({ StringNotEquals: { 'iam:AWSServiceName': 'autoscaling.amazonaws.com' } })).toContain('CREATE_SLR_WITH_STAR_IN_RESOURCE');
    // the reference lists AlexaForBusinessFullAccess among the policies with this warning: its statement is
    // StringLike iam:AWSServiceName "*a4b.amazonaws.com", so a pattern value does not exempt (was: it did)
    expect(slr({ StringLike: { 'iam:AWSServiceName': ['*a4b.amazonaws.com'] } })).toContain('CREATE_SLR_WITH_STAR_IN_RESOURCE');
    expect(slr({ StringLike: { 'iam:AWSServiceName': ['autoscaling.amazonaws.co?'] } })).toContain('CREATE_SLR_WITH_STAR_IN_RESOURCE');
    expect(slr({ StringLike: { 'iam:AWSServiceName': ['autoscaling.amazonaws.com'] } })).not.toContain('CREATE_SLR_WITH_STAR_IN_RESOURCE');
    // iam:PassRole keeps reading an ARN pattern as narrowing (iam:AssociatedResourceArn values are ARN patterns)
    expect(codes({ Action: 'iam:PassRole', Resource: '*', Condition: { StringLike: { 'iam:PassedToService': 'ec2.amazonaws.com*' } } })).not.toContain('PASS_ROLE_WITH_STAR_IN_RESOURCE');
  });
  it('RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL: "scope access to a specific source" with aws:SourceArn or aws:SourceAccount', () => {
    const service = (Condition?: Json) =>
      codes({ Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*', ...(Condition ? { Condition } : {}) }, { kind: 'resource' });
    expect(service({ StringEquals: { 'aws:SourceAccount': '111122223333' } })).not.toContain('RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL');
    expect(service({ ArnLike: { 'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:111122223333:trail/*' } })).not.toContain('RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL');
    // every account but one is no specific source; IfExists also matches requests without a source
    expect(service({ StringNotEquals: { 'aws:SourceAccount': '111122223333' } })).toContain('RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL');
    expect(service({ ArnLikeIfExists: { 'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:111122223333:trail/*' } })).toContain('RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL');
  });
  it('RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL: another key narrowed to resources of named accounts ties the request to them too', () => {
    // CloudWatch Logs guide, "Encrypt log data in CloudWatch Logs using AWS KMS": the key policy allows
    // logs.<region>.amazonaws.com under ArnLike kms:EncryptionContext:aws:logs:arn, which CloudWatch Logs sets to the
    // ARN of the log group it encrypts; another customer's log group has another account in it
    const logs = (Condition?: Json) =>
      codes({ Principal: { Service: 'logs.eu-west-1.amazonaws.com' }, Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:GenerateDataKey*'], Resource: '*', ...(Condition ? { Condition } : {}) }, { kind: 'resource' });
    const key = 'kms:EncryptionContext:aws:logs:arn';
    const own = logs({ ArnLike: { [key]: 'arn:aws:logs:eu-west-1:111122223333:log-group:*' } });
    expect(own).not.toContain('RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL');
    expect(own).toContain('RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL');
    expect(logs({ ArnEquals: { [key]: ['arn:aws:logs:eu-west-1:111122223333:log-group:app', 'arn:aws:logs:eu-west-1:444455556666:log-group:app'] } })).not.toContain('RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL');
    // any account, one value naming none, a negated or IfExists test, or a key that names no account: no tie
    for (const Condition of [
      undefined,
      { ArnLike: { [key]: 'arn:aws:logs:eu-west-1:*:*' } },
      { ArnLike: { [key]: ['arn:aws:logs:eu-west-1:111122223333:*', '*'] } },
      { ArnNotLike: { [key]: 'arn:aws:logs:eu-west-1:111122223333:*' } },
      { ArnLikeIfExists: { [key]: 'arn:aws:logs:eu-west-1:111122223333:*' } },
      { 'ForAllValues:ArnLike': { [key]: 'arn:aws:logs:eu-west-1:111122223333:*' } },
      { Bool: { 'aws:SecureTransport': 'true' } },
    ])
      expect(logs(Condition), JSON.stringify(Condition)).toContain('RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL');
  });
  const GH = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
  const trust = (Federated: string, Condition?: Json) =>
    codes({ Principal: { Federated }, Action: 'sts:AssumeRoleWithWebIdentity', ...(Condition ? { Condition } : {}) }, { kind: 'trust' });
  it('MISSING_GITHUB_REPO_CONDITION_KEY: "Add the token.actions.githubusercontent.com:sub condition key and specify the branch and repository"', () => {
    expect(trust(GH, { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:org/app:*' } })).not.toContain('MISSING_GITHUB_REPO_CONDITION_KEY');
    // excluding one repository lets every other repository's workflows in; "*" names none
    expect(trust(GH, { StringNotLike: { 'token.actions.githubusercontent.com:sub': 'repo:evil/*' } })).toContain('MISSING_GITHUB_REPO_CONDITION_KEY');
    expect(trust(GH, { StringLike: { 'token.actions.githubusercontent.com:sub': '*' } })).toContain('MISSING_GITHUB_REPO_CONDITION_KEY');
  });
  it('MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL: "Add condition keys with a prefix that matches your federated OIDC principals"', () => {
    const google = 'accounts.google.com';
    expect(trust(google)).toContain('MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL');
    expect(trust(google, { StringEquals: { 'accounts.google.com:oaud': 'my-client' } })).not.toContain('MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL');
    expect(trust(google, { StringEquals: { 'accounts.google.com:aud': 'my-client' } })).not.toContain('MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL');
    expect(trust(google, { StringNotEquals: { 'accounts.google.com:aud': 'other-client' } })).toContain('MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL');
    // a key of another provider does not narrow this one
    expect(trust(google, { StringEquals: { 'graph.facebook.com:app_id': 'x' } })).toContain('MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL');
    const cognito = 'cognito-identity.amazonaws.com';
    expect(trust(cognito, { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:12345678-abcd-abcd-abcd-123456789012' } })).not.toContain('MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL');
  });
  it('CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION: a negated sts:ExternalId admits every other id', () => {
    const cross = (Condition: Json) => codes({ Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'sts:AssumeRole', Condition }, { kind: 'trust' });
    expect(cross({ StringEquals: { 'sts:ExternalId': 'secret' } })).not.toContain('CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION');
    expect(cross({ StringNotEquals: { 'sts:ExternalId': 'guess' } })).toContain('CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION');
  });
});

describe('(ALLOW|DENY)_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE: only a condition that is false without the key', () => {
  // "If you use the aws:ResourceTag condition key and it's not supported by a service action, then the key is
  // not included in the request context. In this case, the condition in the Deny statement always returns
  // false and the action is never denied." Negated, IfExists and ForAllValues conditions are true without the
  // key, so the statement applies to those actions (the reference warns against them as workarounds)
  const tag = (Effect: string, operator: string, value = 'prod') =>
    codes({ Effect, Action: ['ec2:TerminateInstances', 'sqs:ListQueues'], Resource: '*', Condition: { [operator]: { 'aws:ResourceTag/env': value } } }).filter((c) => c.includes('TAG_CONDITION_KEY'));
  it.each(['StringEquals', 'StringLike', 'ForAnyValue:StringEquals'])('%s reports the service without tag support', (operator) => {
    expect(tag('Deny', operator)).toEqual(['DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE']);
    expect(tag('Allow', operator)).toEqual(['ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE']);
  });
  it.each(['StringNotEquals', 'StringEqualsIfExists', 'StringNotEqualsIfExists', 'ForAllValues:StringEquals'])('%s does not: the statement applies to sqs whatever the tag', (operator) => {
    expect(tag('Deny', operator)).toEqual([]);
    expect(tag('Allow', operator)).toEqual([]);
  });
  it('not a test that the tag is present (Null "false", StringLike "*"), which Access Analyzer does not report either', () => {
    expect(tag('Deny', 'Null', 'false')).toEqual([]);
    expect(tag('Allow', 'StringLike', '*')).toEqual([]);
    expect(tag('Deny', 'Null', 'true')).toEqual([]);
  });
  it('an action the key does not apply to, though another action of its service supports it', () => {
    // "IAM Access Analyzer returns findings for the service actions that are not supported"
    const both = (Action: string[]) => codes({ Effect: 'Deny', Action, Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/env': 'prod' } } });
    expect(both(['ec2:TerminateInstances', 'ec2:DescribeInstances'])).toContain('DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE');
    expect(both(['ec2:TerminateInstances', 'ec2:StopInstances'])).not.toContain('DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE');
    // a wildcard counts when some action it matches supports the key
    expect(both(['ec2:*'])).not.toContain('DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE');
  });
  it('a named action without the key is reported whatever the order of a wildcard of its service beside it, and the message names it', () => {
    // the named action counts by itself ("findings for the service actions that are not supported"); a
    // wildcard after it hid it (ssm:Get* matches ssm:GetOpsItem, whose opsitem resource has aws:ResourceTag)
    const deny = (Action: string[]) =>
      lint(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action, Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/env': 'prod' } } }] }), { kind: 'identity' })
        .filter((f) => f.code === 'DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE')
        .map((f) => f.message);
    const named = '"aws:ResourceTag/env" is never in the request context of "ssm:CreateOpsItem", so this Deny statement does not deny it; move it to a statement without this key.';
    expect(deny(['ssm:CreateOpsItem', 'ssm:Get*'])).toEqual([named]);
    expect(deny(['ssm:Get*', 'ssm:CreateOpsItem'])).toEqual([named]);
    expect(deny(['ssm:GetOpsItem', 'ssm:Get*'])).toEqual([]);
    // wildcards of one service count together; one that matches no action with the key is named by its service
    expect(deny(['sts:Get*', 'ssm:CreateOpsItem'])).toEqual(['"aws:ResourceTag/env" is never in the request context of "ssm:CreateOpsItem", "sts" actions, so this Deny statement does not deny them; move those actions to a statement without this key.']);
  });
  it('Deny NotAction with a negated tag condition denies every action without the tag', () => {
    const notAction = (operator: string) => codes({ Effect: 'Deny', NotAction: 'iam:*', Resource: '*', Condition: { [operator]: { 'aws:ResourceTag/env': 'prod' } } });
    expect(notAction('StringEquals')).toContain('DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE');
    expect(notAction('StringNotEquals')).not.toContain('DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE');
  });
});

describe('MISMATCHED_ACTION_FOR_PRINCIPAL: "Ensure the provider is Federated"', () => {
  // "Use a SAML provider principal with the sts:AssumeRoleWithSAML action or use an OIDC provider principal
  // with the sts:AssumeRoleWithWebIdentity action. Ensure the provider is Federated if you use either"
  const trust = (Principal: Json | string, Action: string | string[]) => lint(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal, Action }] }), { kind: 'trust' }).filter((f) => f.code === 'MISMATCHED_ACTION_FOR_PRINCIPAL');
  it('a federated action beside principals that cannot call it', () => {
    expect(trust({ AWS: 'arn:aws:iam::111122223333:root' }, 'sts:AssumeRoleWithWebIdentity').map((f) => f.path)).toEqual(['Statement[0].Action[0]']);
    expect(trust({ Service: 'ec2.amazonaws.com' }, ['sts:AssumeRole', 'sts:AssumeRoleWithSAML']).map((f) => f.path)).toEqual(['Statement[0].Action[1]']);
    expect(trust({ Federated: 'arn:aws:iam::111122223333:saml-provider/idp' }, ['sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity']).map((f) => f.path)).toEqual(['Statement[0].Action[1]']);
  });
  it('not where a principal can call it, nor for wildcards or "*"', () => {
    expect(trust({ Federated: 'accounts.google.com' }, 'sts:AssumeRoleWithWebIdentity')).toEqual([]);
    expect(trust({ Federated: ['arn:aws:iam::111122223333:saml-provider/idp', 'accounts.google.com'] }, ['sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity'])).toEqual([]);
    expect(trust({ AWS: 'arn:aws:iam::111122223333:root' }, 'sts:AssumeRole*')).toEqual([]);
    expect(trust('*', 'sts:AssumeRoleWithWebIdentity')).toEqual([]);
  });
  it('a statement giving the provider sts:SetSourceIdentity or sts:TagSession alone, beside one letting it assume the role', () => {
    // IAM User Guide, "Monitor and control actions taken with assumed roles": its source identity trust
    // policies allow sts:AssumeRoleWithSAML (or ...WithWebIdentity) to the provider in one statement and
    // sts:SetSourceIdentity, on a condition on sts:SourceIdentity, in another
    const saml = { Federated: 'arn:aws:iam::111122223333:saml-provider/name-of-identity-provider' };
    const oidc = { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.example.com' };
    const policy = (...statements: { Principal: Json; Action: string[] }[]) =>
      lint(JSON.stringify({ Version: '2012-10-17', Statement: statements.map((st) => ({ Effect: 'Allow', ...st })) }), { kind: 'trust' })
        .filter((f) => f.code === 'MISMATCHED_ACTION_FOR_PRINCIPAL')
        .map((f) => f.path);
    expect(policy({ Principal: saml, Action: ['sts:AssumeRoleWithSAML'] }, { Principal: saml, Action: ['sts:SetSourceIdentity'] })).toEqual([]);
    expect(policy({ Principal: oidc, Action: ['sts:AssumeRoleWithWebIdentity'] }, { Principal: oidc, Action: ['sts:SetSourceIdentity', 'sts:TagSession'] })).toEqual([]);
    // alone, the provider's users cannot assume the role
    expect(policy({ Principal: saml, Action: ['sts:SetSourceIdentity'] })).toEqual(['Statement[0].Action']);
    // the other statement lets another kind of provider assume it
    expect(policy({ Principal: oidc, Action: ['sts:AssumeRoleWithWebIdentity'] }, { Principal: saml, Action: ['sts:TagSession'] })).toEqual(['Statement[1].Action']);
    // an action of another principal beside the provider is still a mismatch
    expect(policy({ Principal: saml, Action: ['sts:AssumeRoleWithSAML'] }, { Principal: saml, Action: ['sts:AssumeRole'] })).toEqual(['Statement[1].Action']);
  });
});

describe('INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY reads a SAML provider ARN with the model\'s name rule', () => {
  const trust = (federated: string) =>
    lint(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: federated }, Action: 'sts:AssumeRoleWithSAML' }] }), { kind: 'trust' }).map((f) => f.code);
  // IAM API reference, CreateSAMLProvider Name: 1 to 128 characters of [\w._-]; the lint had its own
  // pattern that took the role-name characters (+=,@) and any length
  it.each(['arn:aws:iam::111122223333:saml-provider/My+Idp', `arn:aws:iam::111122223333:saml-provider/${'a'.repeat(129)}`, 'arn:aws-moon:iam::111122223333:saml-provider/Idp'])('%s is no provider ARN', (v) => {
    expect(trust(v)).toContain('INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY');
  });
  it.each(['arn:aws:iam::111122223333:saml-provider/My_Idp.v-2', `arn:aws:iam::111122223333:saml-provider/${'a'.repeat(128)}`, 'arn:aws-us-gov:iam::${aws:PrincipalAccount}:saml-provider/Idp', 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com', 'accounts.google.com'])('%s is one', (v) => {
    expect(trust(v)).not.toContain('INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY');
  });
});

describe('S3_PREFIX_IN_NEGATIVE_CONTEXT and DYNAMODB_ATTRIBUTES_WITHOUT_SELECT', () => {
  const st = (statement: Record<string, unknown>) => lint(JSON.stringify({ Version: '2012-10-17', Statement: [statement] })).map((f) => f.code);
  const list = (effect: string, operator: string) => ({ Effect: effect, Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b', Condition: { [operator]: { 's3:prefix': 'private/*' } } });
  // "Using the s3:prefix condition key in a Deny statement or with a negated string operator does not block
  // listing ... use s3:prefix with StringLike in an Allow statement, or use a Deny statement with StringNotLike"
  it.each([['Deny', 'StringLike'], ['Deny', 'StringEquals'], ['Allow', 'StringNotLike'], ['Allow', 'StringNotEqualsIfExists']])('%s with %s on s3:prefix is reported', (effect, op) => {
    expect(st(list(effect, op))).toContain('S3_PREFIX_IN_NEGATIVE_CONTEXT');
  });
  it.each([['Allow', 'StringLike'], ['Deny', 'StringNotLike'], ['Deny', 'StringNotEquals']])('%s with %s is the documented way', (effect, op) => {
    expect(st(list(effect, op))).not.toContain('S3_PREFIX_IN_NEGATIVE_CONTEXT');
  });
  // "Restricting dynamodb:Attributes without also setting dynamodb:Select to SPECIFIC_ATTRIBUTES allows all
  // attributes to be returned on read requests that omit a projection expression"
  const read = (condition: Record<string, unknown>) => ({ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/T', Condition: condition });
  it('dynamodb:Attributes alone is reported; with dynamodb:Select SPECIFIC_ATTRIBUTES it is not', () => {
    expect(st(read({ 'ForAllValues:StringEquals': { 'dynamodb:Attributes': ['id', 'name'] } }))).toContain('DYNAMODB_ATTRIBUTES_WITHOUT_SELECT');
    expect(st(read({ 'ForAllValues:StringEquals': { 'dynamodb:Attributes': ['id', 'name'] }, StringEquals: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' } }))).not.toContain('DYNAMODB_ATTRIBUTES_WITHOUT_SELECT');
    expect(st(read({ 'ForAllValues:StringEquals': { 'dynamodb:Attributes': ['id'] }, StringEquals: { 'dynamodb:Select': 'ALL_ATTRIBUTES' } }))).toContain('DYNAMODB_ATTRIBUTES_WITHOUT_SELECT');
  });
});

describe('FORALLVALUES_WITH_SINGLE_VALUED_KEY in an Allow and in a Deny', () => {
  // "Security Warning – ForAllValues with single valued key": "Using ForAllValues qualifier with the
  // single-valued condition key {{key}} can be overly permissive" — the reference names no effect, so a
  // Deny is reported too. "It also returns true if there are no keys in the request": in a Deny that
  // denies requests without the key, and the plain operator would not; <operator>IfExists keeps it.
  const finding = (effect: 'Allow' | 'Deny', operator: string) =>
    lint(
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: effect, Action: 's3:GetObject', Resource: '*', Condition: { [operator]: { 'aws:PrincipalOrgID': 'o-abc123' } } }] }),
    ).filter((f) => f.code === 'FORALLVALUES_WITH_SINGLE_VALUED_KEY');
  it('an Allow: drop the qualifier', () => {
    const [f, ...rest] = finding('Allow', 'ForAllValues:StringEquals');
    expect(rest).toEqual([]);
    expect(f!.severity).toBe('security');
    expect(f!.message).toContain('drop the qualifier and write "StringEquals"');
  });
  it('a Deny is reported too, but never advised to drop the qualifier alone (that would narrow the Deny): IfExists keeps its meaning', () => {
    for (const [operator, advice] of [
      ['ForAllValues:StringEquals', 'StringEqualsIfExists'],
      ['ForAllValues:StringNotEquals', 'StringNotEqualsIfExists'],
      ['ForAllValues:StringLikeIfExists', 'StringLikeIfExists'],
    ] as const) {
      const [f, ...rest] = finding('Deny', operator);
      expect(rest).toEqual([]);
      expect(f!.severity).toBe('security');
      expect(f!.message).toContain(`write "${advice}"`);
      expect(f!.message).not.toContain('drop the qualifier and write');
    }
  });
});

describe('TYPE_MISMATCH and ARN operators (docs said ArnLike on an account id was TYPE_MISMATCH; the rule accepts ARN operators on String keys)', () => {
  // "Type mismatch: Use the operator type {{allowed}} instead of operator {{operator}} for the condition key {{key}}."
  // ARN keys "work with ARN operators and string operators" (global condition keys page); String keys
  // such as kms:EncryptionContext:aws:logs:arn hold ARNs, and AWS managed policies test them with ArnLike.
  const codesOf = (condition: Json) =>
    lint(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*', Condition: condition }] })).map((f) => f.code);
  it('ArnLike on a String key holding an ARN, and StringEquals on an ARN key: no finding', () => {
    expect(codesOf({ ArnLike: { 'kms:EncryptionContext:aws:logs:arn': 'arn:aws:logs:us-east-1:111122223333:log-group:app' } })).toEqual([]);
    expect(codesOf({ StringEquals: { 'aws:SourceArn': 'arn:aws:logs:us-east-1:111122223333:log-group:app' } })).toEqual([]);
  });
  it('ArnLike on an account id is TYPE_MISMATCH_ARN (its value is no ARN), not TYPE_MISMATCH', () => {
    expect(codesOf({ ArnLike: { 'aws:SourceAccount': '111122223333' } })).toEqual(['TYPE_MISMATCH_ARN']);
  });
  it('an operator of another family is TYPE_MISMATCH', () => {
    expect(codesOf({ ArnLike: { 'aws:MultiFactorAuthAge': 'arn:aws:iam::111122223333:root' } })).toContain('TYPE_MISMATCH');
    expect(codesOf({ NumericEquals: { 'aws:SourceAccount': '111122223333' } })).toContain('TYPE_MISMATCH');
  });
  it('a String operator comparing an address key with a policy variable is reported without advising IpAddress, which takes no variable', () => {
    // IAM User Guide, global condition keys, aws:Ec2InstanceSourcePrivateIPv4 ("Works with IP address
    // operators"): its example denies with StringNotEquals "aws:Ec2InstanceSourcePrivateIPv4": "${aws:VpcSourceIp}";
    // policy variables work in String and ARN values only (policy variables page)
    const message = (condition: Json) =>
      lint(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*', Condition: condition }] })).find((f) => f.code === 'TYPE_MISMATCH')?.message;
    const compared = message({ StringNotEquals: { 'aws:Ec2InstanceSourcePrivateIPv4': '${aws:VpcSourceIp}' } });
    expect(compared).toContain('the operators of IPAddress keys (IpAddress or NotIpAddress) take no policy variables, so "StringNotEquals" is the way');
    expect(compared).not.toContain('use IpAddress');
    // the same for a Numeric key compared with another key (the table: Numeric operators take no variables)
    expect(message({ StringEquals: { 'aws:MultiFactorAuthAge': '${aws:TokenIssueTime}' } })).toContain('take no policy variables');
    // a written address is what IpAddress takes
    expect(message({ StringNotEquals: { 'aws:Ec2InstanceSourcePrivateIPv4': '10.0.0.5' } })).toContain('use IpAddress or NotIpAddress');
    expect(message({ StringNotEquals: { 'aws:Ec2InstanceSourcePrivateIPv4': ['${aws:VpcSourceIp}', '10.0.0.5'] } })).toContain('use IpAddress or NotIpAddress');
  });
});

describe('VARIABLE_USAGE_TOO_BROAD: only where "*" and "?" are wildcards', () => {
  // typed-iam's reading of "Variable usage too broad": a wildcard right after a principal-scoped variable
  // also matches other principals' values. Under StringEquals, StringNotEquals and their IgnoreCase forms
  // "*" is a literal character (condition operators page), so nothing else matches: that is
  // WILDCARD_WITHOUT_LIKE_OPERATOR alone, not a security warning.
  const tag = (operator: string) => codes({ Action: 's3:GetObject', Resource: '*', Condition: { [operator]: { 'aws:PrincipalTag/home': '${aws:username}*' } } });
  it('StringLike and ArnLike values, and Resource entries', () => {
    expect(tag('StringLike')).toContain('VARIABLE_USAGE_TOO_BROAD');
    expect(codes({ Action: 's3:GetObject', Resource: '*', Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:user/${aws:username}*' } } })).toContain('VARIABLE_USAGE_TOO_BROAD');
    expect(codes({ Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/home/${aws:username}*' })).toContain('VARIABLE_USAGE_TOO_BROAD');
  });
  it.each(['StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'ForAnyValue:StringEquals'])('not under %s, which compares "*" literally', (operator) => {
    expect(tag(operator)).not.toContain('VARIABLE_USAGE_TOO_BROAD');
    expect(tag(operator)).toContain('WILDCARD_WITHOUT_LIKE_OPERATOR');
  });
});
