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
