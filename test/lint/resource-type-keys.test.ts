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
