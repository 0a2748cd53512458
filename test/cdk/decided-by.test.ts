/** Lint rules whose finding another element of the statement decides (`decidedBy`): skipped when a token hides that element. */
import { describe, expect, it } from 'vitest';
import { checkTemplate, type Template, type TemplateValue } from '../../src/cdk/index.js';
import { RULES } from '../../src/lint/registry.js';

/** A value nothing is known about: an attribute of a custom resource. */
const OPAQUE: TemplateValue = { 'Fn::GetAtt': ['Opaque', 'Value'] };
const GITHUB = 'arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com';
const EKS = 'arn:aws:iam::111111111111:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF0123456789';

/**
 * For each rule with `decidedBy`: a statement the rule reports, its policy kind, and the same
 * statement with the deciding element given as a token (an imported provider ARN; a condition
 * block, or one operator's block, whose value is known only at deploy time).
 */
const CASES: { readonly [code: string]: { kind: 'trust' | 'resource' | 'key'; statement: { [key: string]: TemplateValue }; hidden: { [key: string]: TemplateValue } } } = {
  MISMATCHED_ACTION_FOR_PRINCIPAL: {
    kind: 'trust',
    statement: { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:root' }, Action: 'sts:AssumeRoleWithWebIdentity' },
    hidden: { Principal: { Federated: { 'Fn::ImportValue': 'Shared-ProviderArn' } } },
  },
  MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL: {
    kind: 'trust',
    statement: { Effect: 'Allow', Principal: { Federated: EKS }, Action: 'sts:AssumeRoleWithWebIdentity' },
    hidden: { Condition: { StringEquals: OPAQUE } },
  },
  MISSING_GITHUB_REPO_CONDITION_KEY: {
    kind: 'trust',
    statement: { Effect: 'Allow', Principal: { Federated: GITHUB }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } } },
    hidden: { Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, StringLike: OPAQUE } },
  },
  PUBLIC_PRINCIPAL_WITHOUT_CONDITION: {
    kind: 'resource',
    statement: { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' },
    hidden: { Condition: OPAQUE },
  },
  CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION: {
    kind: 'trust',
    statement: { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::222222222222:root' }, Action: 'sts:AssumeRole' },
    hidden: { Condition: { StringEquals: OPAQUE } },
  },
  RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL: {
    kind: 'resource',
    statement: { Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::bucket/*' },
    hidden: { Condition: { ArnLike: OPAQUE } },
  },
  RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL: {
    kind: 'resource',
    statement: { Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::bucket/*', Condition: { StringEquals: { 'aws:Referer': 'x' } } },
    hidden: { Condition: { StringEquals: { 'aws:Referer': 'x' }, ArnLike: OPAQUE } },
  },
  MISSING_PAIRED_CONDITION_KEYS: {
    kind: 'resource',
    statement: { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*', Condition: { IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/8' } } },
    hidden: { Condition: { IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/8' }, StringEquals: OPAQUE } },
  },
  // decided by the whole document: a token anywhere (an Action known at deploy time) may be what allows the caller
  KEY_POLICY_LOCKOUT: {
    kind: 'key',
    statement: { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:role/app' }, Action: 'kms:Decrypt', Resource: '*' },
    hidden: { Action: OPAQUE },
  },
  CONFIRM_AUDIENCE_CLAIM_TYPE: {
    kind: 'trust',
    statement: { Effect: 'Allow', Principal: { Federated: EKS }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { 'ForAnyValue:StringEquals': { 'oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF0123456789:aud': 'sts.amazonaws.com' } } },
    hidden: { Condition: OPAQUE },
  },
};

function template(kind: 'trust' | 'resource' | 'key', statement: TemplateValue): Template {
  const document = { Version: '2012-10-17', Statement: [statement] };
  const resource =
    kind === 'trust'
      ? { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: document } }
      : kind === 'key'
        ? { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: document } }
        : { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: 'bucket', PolicyDocument: document } };
  return { Resources: { Policy: resource, Opaque: { Type: 'Custom::Opaque', Properties: {} } } };
}

const codes = (t: Template) => checkTemplate(t, { account: '111111111111', rules: { RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL: 'suggestion' } }).findings.map((f) => f.code);

describe('decidedBy: the element that decides a rule, stated on the rule', () => {
  const decided = RULES.filter((r) => r.decidedBy !== undefined);

  it('every rule stating it has a case here (a new one is tested when it is written)', () => {
    expect(decided.map((r) => r.code).sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(decided.map((r) => [r.code, r.decidedBy] as const))('%s (decided by %s): reported with the element known, skipped when a token decides it', (code, by) => {
    const c = CASES[code]!;
    expect(codes(template(c.kind, c.statement))).toContain(code);
    if (by !== 'Document') expect(Object.keys(c.hidden)).toEqual([by]);
    expect(codes(template(c.kind, { ...c.statement, ...c.hidden }))).not.toContain(code);
  });

  it('a rule without it still reports beside a token elsewhere in the statement (a token Resource does not hide the public principal)', () => {
    const t = template('resource', { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: OPAQUE });
    expect(codes(t)).toContain('PUBLIC_PRINCIPAL_WITHOUT_CONDITION');
  });
});
