import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';

const codes = (statement: object) =>
  lint({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', ...statement }] }, { kind: 'identity' }).map((f) => f.code);

// Service Authorization Reference: the condition keys of a resource type (its "Condition keys" column in the
// resource-types table) are in the request context of every action that works on that resource type.
describe('IRRELEVANT_CONDITION_KEY consults the condition keys of the resource types an action uses', () => {
  it.each([
    ['kms:Decrypt', 'arn:aws:kms:us-east-1:111122223333:key/*', { 'ForAnyValue:StringLike': { 'kms:ResourceAliases': 'alias/app-*' } }],
    ['iam:PassRole', 'arn:aws:iam::111122223333:role/*', { StringEquals: { 'iam:ResourceTag/team': 'a' } }],
    ['rds:CreateDBInstance', '*', { StringEquals: { 'rds:DatabaseEngine': 'mysql' } }],
    ['ecr:BatchDeleteImage', '*', { StringEquals: { 'ecr:ResourceTag/CreatedBy': 'x' } }],
    // `ssm:resourceTag/tag-key`: the reference's trailing tag-key placeholder
    ['ssm:DeregisterManagedInstance', '*', { StringEquals: { 'ssm:resourceTag/team': 'a' } }],
  ])('%s with a key of its resource type', (action, resource, condition) => {
    expect(codes({ Action: action, Resource: resource, Condition: condition })).not.toContain('IRRELEVANT_CONDITION_KEY');
  });
  it('still reports a key of an unrelated resource type', () => {
    expect(codes({ Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'rds:DatabaseEngine': 'mysql' } } })).toContain('IRRELEVANT_CONDITION_KEY');
  });
});

// A key the Service Authorization Reference lists for its service but ties to no action or resource type of it
// says nothing of the actions it applies to. The Step Functions Developer Guide (HTTP Task) gives
// states:HTTPEndpoint and states:HTTPMethod in the policy for states:InvokeHTTPEndpoint, which aws-cdk-lib's
// tasks.HttpInvoke writes; the CodeBuild User Guide has codebuild:projectArn and codebuild:buildArn set on
// requests made with a build's credentials, whatever the action.
describe('IRRELEVANT_CONDITION_KEY leaves keys the Reference ties to no action', () => {
  it.each([
    ['states:InvokeHTTPEndpoint', { StringLike: { 'states:HTTPEndpoint': 'https://api.example.com/*' }, StringEquals: { 'states:HTTPMethod': 'GET' } }],
    ['s3:GetObject', { ArnLike: { 'codebuild:projectArn': 'arn:aws:codebuild:us-east-1:111122223333:project/app' } }],
    ['kms:CreateKey', { StringEquals: { 'kms:CustomerMasterKeySpec': 'SYMMETRIC_DEFAULT' } }],
  ])('%s with a key the Reference ties to no action', (action, condition) => {
    expect(codes({ Action: action, Resource: '*', Condition: condition })).not.toContain('IRRELEVANT_CONDITION_KEY');
  });
  it('still reports a key the Reference ties to other actions (kms:ViaService on s3:GetObject)', () => {
    expect(codes({ Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } })).toContain('IRRELEVANT_CONDITION_KEY');
  });
});

// IAM User Guide, IAM and AWS STS condition context keys: "Cross-service SAML-based AWS STS federation context
// keys" (saml:namequalifier, saml:sub, saml:sub_type "can be used in subsequent requests to authorize AWS
// operations in other services") and "Cross-service AWS web identity federation context keys" (amr, aud, id, sub).
// The guide's SAML page grants s3:GetObject, s3:PutObject and s3:DeleteObject on a condition on saml:sub_type.
describe('IRRELEVANT_CONDITION_KEY leaves the federation keys AWS carries into later requests of the session', () => {
  it("accepts the IAM User Guide's SAML example and each documented cross-service key", () => {
    expect(
      codes({
        Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
        Resource: ['arn:aws:s3:::exampleorgBucket/backup/${saml:namequalifier}/${saml:sub}', 'arn:aws:s3:::exampleorgBucket/backup/${saml:namequalifier}/${saml:sub}/*'],
        Condition: { StringEquals: { 'saml:sub_type': 'persistent' } },
      }),
    ).toEqual([]);
    for (const key of ['saml:sub', 'saml:namequalifier', 'cognito-identity.amazonaws.com:sub', 'cognito-identity.amazonaws.com:aud', 'accounts.google.com:sub', 'accounts.google.com:aud', 'graph.facebook.com:id', 'graph.facebook.com:app_id', 'www.amazon.com:user_id', 'www.amazon.com:app_id'])
      expect(codes({ Action: 'dynamodb:GetItem', Resource: '*', Condition: { StringEquals: { [key]: 'x' } } }), key).not.toContain('IRRELEVANT_CONDITION_KEY');
    expect(codes({ Action: 's3:GetObject', Resource: '*', Condition: { 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' } } })).not.toContain('IRRELEVANT_CONDITION_KEY');
  });

  it('still reports the federation keys the guide says are not carried (saml:aud, saml:doc, accounts.google.com:oaud)', () => {
    // "No other SAML-based federation condition keys are available for use after the initial external identity
    // provider (IdP) authentication response"; the same for web identity keys
    for (const key of ['saml:aud', 'saml:doc', 'accounts.google.com:oaud'])
      expect(codes({ Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { [key]: 'x' } } }), key).toContain('IRRELEVANT_CONDITION_KEY');
  });
});

// IAM User Guide, condition operators: a missing key makes a positive operator false and an `...IfExists`
// or negated one true; `Null: true` tests that the key is absent.
describe('IRRELEVANT_CONDITION_KEY says what the condition does on a key the request never holds', () => {
  const message = (Effect: string, condition: object) =>
    lint({ Version: '2012-10-17', Statement: [{ Effect, Action: 's3:GetObject', Resource: '*', Condition: condition }] }).find((f) => f.code === 'IRRELEVANT_CONDITION_KEY')?.message;
  it('a positive operator: the statement never applies', () => {
    expect(message('Allow', { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } })).toContain('"StringEquals" never matches a missing key, so the statement never applies');
    expect(message('Allow', { Null: { 'kms:ViaService': 'false' } })).toContain('never applies');
  });
  it('IfExists, a negated operator, ForAllValues or Null true: the condition restricts nothing, and a Deny applies without it', () => {
    expect(message('Allow', { StringEqualsIfExists: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } })).toContain('"StringEqualsIfExists" matches a missing key, so the condition restricts nothing. Move');
    expect(message('Deny', { StringNotEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } })).toContain('restricts nothing and the Deny applies without it');
    expect(message('Deny', { 'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': 'app' } })).toContain('the Deny applies without it');
    expect(message('Deny', { Null: { 'kms:ViaService': 'true' } })).toContain('the Deny applies without it');
  });
});

// Keys AWS documents that the Service Authorization Reference does not list (src/lint/helpers.ts UNLISTED_KEYS).
describe('INVALID_SERVICE_CONDITION_KEY leaves the keys AWS documents beyond the Reference', () => {
  const all = (Action: string, condition: object) => lint({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action, Resource: '*', Condition: condition }] }).map((f) => f.code);
  it("accepts sagemaker:TargetContainerHostname (SageMaker AI guide, multi-container endpoints with direct invocation) and the managed policies' keys", () => {
    expect(all('sagemaker:InvokeEndpoint', { StringLike: { 'sagemaker:TargetContainerHostname': ['customIps*', 'common*'] } })).toEqual([]);
    // AWSSSOServiceRolePolicy
    expect(all('organizations:DescribeOrganization', { StringEquals: { 'aws:PrincipalOrgMasterAccountId': '111122223333' } })).not.toContain('INVALID_GLOBAL_CONDITION_KEY');
  });
  it('still reports a key of the service no one documents', () => {
    expect(all('sagemaker:InvokeEndpoint', { StringLike: { 'sagemaker:TargetContainerHost': 'x' } })).toContain('INVALID_SERVICE_CONDITION_KEY');
  });
});
